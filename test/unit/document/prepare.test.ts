import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument, prepareText } from '../../../main/document/prepare';
import { mapSpanToOriginal, rebuildParagraph } from '../../../main/document/offsets';
import { createSimplifiedConverter } from '../../../main/cleanup/script';
import { createDocumentHandlers } from '../../../main/document/handlers';
import type { CallContext } from '../../../main/api/handlers';
import type { PreparedDocument } from '../../../main/document/types';
import { seedPath, seedText } from './seeds';

const converter = createSimplifiedConverter();
const prepare = (number: string) => prepareText(seedText(number), number, { converter });

// Sentence counts checked by hand. For each line of the seed file we counted the sentence-final marks
// 。！？ (no seed has ……, none has a mark followed by a comma, none has 。” so every mark ends one
// sentence), and added one segment for each headline/caption line (they have no final mark):
// 000: headlines 2; body lines 1 + 2 + 2 + 8 + 20 + 5 + 2 = 40 → 42 segments.
// 003: body lines 3+1+1+4+9+4+7+4+1+2+2+2+2+3+4+2+2 = 53, captions 3 → 56 segments.
// 002 (after joining the three broken paragraphs and the headline wrapped over two lines): body marks
// 4+2+2+10+6+10+2+6+3 = 45, plus the 本报讯 lead-in, five headlines and four English lines → 55 segments.
test('000 has 42 segments: 2 headlines and 40 body sentences (counted by hand)', () => {
  const document = prepare('000');
  assert.equal(document.segments.length, 42);
  assert.equal(document.segments.filter((s) => s.kind === 'body').length, 40);
  assert.equal(document.segments.filter((s) => s.kind === 'headline').length, 2);
});

test('003 has 56 segments: 53 body sentences and 3 captions (counted by hand)', () => {
  const document = prepare('003');
  assert.equal(document.segments.length, 56);
  assert.equal(document.segments.filter((s) => s.kind === 'body').length, 53);
  assert.equal(document.segments.filter((s) => s.kind === 'caption').length, 3);
});

test('002 has 55 segments (counted by hand)', () => {
  const document = prepare('002');
  assert.equal(document.segments.length, 55);
  assert.equal(document.segments.filter((s) => s.kind === 'headline').length, 5);
});

function assertConsistent(document: PreparedDocument): void {
  const ids = new Set(document.segments.map((s) => s.id));
  assert.equal(ids.size, document.segments.length, 'segment ids are unique');
  for (const paragraph of document.paragraphs) {
    const segments = document.segments.filter((s) => s.paragraph === paragraph.index);
    assert.ok(segments.length > 0, `paragraph ${paragraph.index} has segments`);
    assert.equal(rebuildParagraph(paragraph, segments), paragraph.text, `paragraph ${paragraph.index} rebuilds exactly`);
    for (const segment of segments) {
      assert.equal(paragraph.text.slice(segment.start, segment.end), segment.text);
      assert.equal(paragraph.original.slice(segment.originalStart, segment.originalEnd), segment.original);
      // The whole cleaned segment maps onto its whole original.
      assert.deepEqual(mapSpanToOriginal(segment, 0, segment.text.length), [0, segment.original.length]);
    }
  }
}

for (const number of ['000', '001', '002', '003', '004']) {
  test(`${number}: every paragraph is rebuilt from its segments, and originals line up`, () => {
    assertConsistent(prepare(number));
  });
}

test('004: a glossary hit in cleaned text maps onto the original span, pinyin included', () => {
  const document = prepare('004');
  const segment = document.segments.find((s) => s.text.includes('农村工作会议'))!;
  const start = segment.text.indexOf('农村工作会议');
  const [from, to] = mapSpanToOriginal(segment, start, start + '农村工作会议'.length);
  assert.equal(segment.original.slice(from, to), '農(nóng)村工作會議');
  const hit = segment.text.indexOf('百县千镇万村高质量发展工程');
  const [a, b] = mapSpanToOriginal(segment, hit, hit + '百县千镇万村高质量发展工程'.length);
  assert.equal(segment.original.slice(a, b), '百縣千鎮(zhèn)萬村高質(zhì)量發(fā)展工程');
  // A span ending right before a removed annotation does not take it along.
  const nong = segment.text.indexOf('农村');
  assert.deepEqual(segment.original.slice(...mapSpanToOriginal(segment, nong, nong + 1)), '農');
});

test('mapSpanToOriginal copes without originalPieces (a segment read back from a project file)', () => {
  const segment = { text: '全面推进', original: '全麵推進' };
  assert.deepEqual(mapSpanToOriginal(segment, 1, 3), [1, 3]);
  const uneven = { text: '农村', original: '農(nóng)村' };
  const [from, to] = mapSpanToOriginal(uneven, 0, 2);
  assert.deepEqual([from, to], [0, uneven.original.length]);
});

test('pasted text is prepared too; empty text is refused with a clear message', () => {
  const document = prepareText('會議強調,要聚焦重點任務。確保落地落實!', '粘贴');
  assert.equal(document.format, 'paste');
  assert.deepEqual(document.segments.map((s) => s.text), ['会议强调，要聚焦重点任务。', '确保落地落实！']);
  assert.throws(() => prepareText('  \n\n ', 'clipboard'), (error: Error & { code?: string }) => error.code === 'IMPORT_EMPTY' && error.message.includes('clipboard'));
});

test('prepareDocument reads a path, reports progress and honours cancellation', async () => {
  const progress: string[] = [];
  const document = await prepareDocument({ kind: 'path', path: seedPath('001') }, { converter, onProgress: (done, total, label) => progress.push(`${done}/${total} ${label}`) });
  assert.equal(document.format, 'txt');
  assert.equal(document.encoding?.name, 'utf-8');
  assert.equal(progress.at(-1), '7/7 done');
  assert.ok(progress.length >= 8);

  const controller = new AbortController();
  const running = prepareDocument({ kind: 'path', path: seedPath('001') }, { converter, signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() });
  await assert.rejects(running, (error: Error) => error.name === 'AbortError');
});

test('the document.prepare handler prepares uploaded bytes and reports progress to the caller', async () => {
  const handlers = createDocumentHandlers({ converter });
  const reports: number[] = [];
  const ctx: CallContext = { signal: new AbortController().signal, reportProgress: (done) => reports.push(done), host: 'test' };
  const base64 = Buffer.from(seedText('003'), 'utf8').toString('base64');
  const document = await handlers['document.prepare']({ source: { kind: 'bytes', name: '003.txt', base64 } }, ctx);
  assert.equal(document.sourceName, '003.txt');
  assert.equal(document.segments.length, 56);
  assert.equal(reports.at(-1), 7);
});
