import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { exportProject } from '../../../main/export/export-project';
import { EXPORT_FORMATS } from '../../../main/export/formats';
import { readDocx } from '../../../main/export/docx-reader';
import { preparedSeedProject, projectFromText, seed000Project } from './helpers/sample-project';

const options = { exportedAt: '2026-11-22T08:00:00Z' };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function docxText(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

test('interleaved .docx: headline first, each Chinese paragraph followed by its English', async () => {
  const project = (await seed000Project());
  const lines = await docxText((await exportProject(project, 'docx-interleaved', options)).bytes);
  assert.equal(lines[0], project.paragraphs[0].text);
  assert.equal(lines[1], project.segments[0].target);
  assert.equal(lines[2], project.paragraphs[1].text);
  assert.equal(lines[3], project.segments[1].target);
  assert.equal(lines[6], project.paragraphs[3].text, 'a two-sentence paragraph stays one paragraph');
  assert.equal(lines[7], `${project.segments[3].target} ${project.segments[4].target}`);
  assert.equal(lines.length, project.paragraphs.length * 2);
  assert.ok(lines[9].includes('[untranslated]'), 'a half-translated paragraph marks the gap');
});

test('interleaved output leaves chrome out and keeps captions', async () => {
  const project = projectFromText('图为6月27日，电子基地科创园封顶\n正文第一句。\n字号:大 中 小', 'caption test');
  for (const [i, kind] of (['caption', 'body', 'chrome'] as const).entries()) {
    project.segments[i].kind = kind;
    project.paragraphs[i].kind = kind;
  }
  project.segments[0].target = 'The photo shows the topping-out on June 27.';
  const lines = await docxText((await exportProject(project, 'docx-interleaved', options)).bytes);
  assert.deepEqual(lines, ['图为6月27日，电子基地科创园封顶', 'The photo shows the topping-out on June 27.', '正文第一句。', '[untranslated]']);
  const html = cheerio.load(decode((await exportProject(project, 'html-interleaved', options)).bytes));
  assert.equal(html('p.zh.caption').text(), '图为6月27日，电子基地科创园封顶');
  assert.equal(html('p.en.caption').text(), 'The photo shows the topping-out on June 27.');
  assert.equal(html('body').text().includes('字号'), false);
  assert.equal(html('.untranslated').length, 1);
});

test('English-only .docx and .txt rebuild paragraphs from segments and name untranslated sentences', async () => {
  const project = (await seed000Project());
  const txt = decode((await exportProject(project, 'txt', options)).bytes);
  const paragraphs = txt.trimEnd().split('\n\n');
  assert.equal(paragraphs.length, project.paragraphs.length);
  assert.equal(paragraphs[0], project.segments[0].target);
  assert.equal(paragraphs[3], `${project.segments[3].target} ${project.segments[4].target}`);
  assert.ok(paragraphs[4].includes(`[untranslated: ${project.segments[6].text}]`));
  assert.ok(!/[\u4e00-\u9fff]/.test(paragraphs[2]), 'translated paragraphs hold no Chinese');
  const docxLines = await docxText((await exportProject(project, 'docx-english', options)).bytes);
  assert.deepEqual(docxLines, paragraphs);
});

test('side-by-side HTML is self-contained, escaped and marks untranslated rows', async () => {
  const project = (await seed000Project());
  project.segments[2].target = '<script>alert("x")</script> & more';
  const result = await exportProject(project, 'html', options);
  const source = decode(result.bytes);
  const $ = cheerio.load(source);
  assert.equal($('script').length, 0, 'the translation is text, not markup');
  assert.equal($('tr#seg-s3 td.en').text(), '<script>alert("x")</script> & more');
  assert.equal($('tbody tr').length, project.segments.length);
  assert.equal($('td.untranslated').length, project.segments.filter((s) => s.target === '').length);
  assert.equal($('tr.headline').length, 2);
  assert.equal($('link, img, [src]').length, 0, 'no external resources');
  assert.match($('style').text(), /@media print/);
  assert.equal(result.mimeType, 'text/html; charset=utf-8');
});

test('every format builds for every seed article', async () => {
  for (const seed of ['000_e9e6f547ac829196.txt', '001_844698d87ed5f29c.txt', '002_3103a9eab2c13a96.txt', '003_3b8bc73e0f6a4d28.txt', '004_4ed90946d4ffdd9d.txt']) {
    const project = await preparedSeedProject(seed);
    for (const format of EXPORT_FORMATS) {
      const result = await exportProject(project, format, options);
      assert.ok(result.bytes.length > 200, `${seed} ${format}`);
    }
    const table = await readDocx((await exportProject(project, 'docx-table', options)).bytes);
    assert.equal(table.tables[0].rows.length, project.segments.length + 1);
  }
});

test('a cancelled export stops with an AbortError', async () => {
  const controller = new AbortController();
  controller.abort();
  for (const format of EXPORT_FORMATS) {
    await assert.rejects(exportProject((await seed000Project()), format, options, { signal: controller.signal }), { name: 'AbortError' }, format);
  }
});
