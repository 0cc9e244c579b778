import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDocument } from '../../../main/document/prepare';
import { createGlossaryService } from '../../../main/glossary-service/create';
import { createSimplifiedConverter, toSimplifiedText } from '../../../main/cleanup/script';
import { removeInlinePinyin } from '../../../main/cleanup/pinyin';
import { foldTerm } from '../../../glossary/engine/match-folding';

// End to end over the real parts: the seed articles read and cleaned by the pipeline, matched against
// the real built-in term base through the glossary service, offsets mapped back with mapSpanToOriginal.

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixturesDir = path.join(repoRoot, 'test/fixtures');
const articles = readdirSync(fixturesDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();
// The research list of the seeds' fixed phrases, with the articles each occurs in (kept by the term base's tests).
const seedRows = readFileSync(path.join(repoRoot, 'test/unit/glossary-data/fixtures/seed-phrases.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('zh\t'))
  .map((line) => line.split('\t') as [string, string]);

const service = createGlossaryService({ dataHome: mkdtempSync(path.join(tmpdir(), 'dz-seed-')), translator: async () => 'test' });
const convert = createSimplifiedConverter();

/** What the original span says once cleaned the way the pipeline cleans: Simplified, no inline pinyin, folded. */
function cleanedOriginal(span: string): string {
  return foldTerm(toSimplifiedText(removeInlinePinyin(span).text, convert)).replace(/、+/g, '、');
}

for (const article of articles) {
  const seed = article.slice(0, 3);
  test(`seed ${seed}: every listed fixed phrase is found, every term maps to its span in the original`, async () => {
    const document = await prepareDocument({ kind: 'path', path: path.join(fixturesDir, article) });
    const matched = await service.matchSegments(document.segments);
    const entries = await service.entries();

    // 1. Every fixed phrase the research lists for this article is a term of some segment.
    const expected = seedRows.filter(([, occurs]) => occurs.split(',').includes(seed)).map(([zh]) => zh);
    assert.ok(expected.length >= 10, `seed list for ${seed}`);
    const missing = expected.filter((zh) => {
      const entry = entries.find((r) => r.entry.zh === zh || r.entry.variants.some((v) => v.text === zh));
      if (!entry) return true;
      const forms = [entry.entry.zh, ...entry.entry.variants.map((v) => v.text)].map(foldTerm);
      // Found as its own term, or inside a longer fixed phrase that covers it.
      return !matched.some((s) => s.terms.some((t) => t.term.entry.id === entry.entry.id || forms.some((f) => foldTerm(t.text).includes(f))));
    });
    assert.deepEqual(missing, []);

    // 2. Every term's original offsets point at the same words in the file's own script.
    let terms = 0;
    let traditionalSpans = 0;
    document.segments.forEach((segment, i) => {
      for (const term of matched[i].terms) {
        terms++;
        assert.equal(segment.text.slice(term.start, term.end), term.text);
        const original = segment.original.slice(term.originalStart, term.originalEnd);
        assert.equal(cleanedOriginal(original), foldTerm(term.text).replace(/、+/g, '、'), `${seed} ${segment.id}: "${term.text}" mapped to "${original}"`);
        if (original !== term.text) traditionalSpans++;
      }
    });
    assert.ok(terms >= expected.length, `${terms} terms`);
    if (document.script === 'traditional') {
      assert.ok(traditionalSpans > terms / 2, `most spans differ from the cleaned text in a Traditional article (${traditionalSpans}/${terms})`);
    }
  });
}

test('seed 004: the Traditional original with inline pinyin, exact spans', async () => {
  const document = await prepareDocument({ kind: 'path', path: path.join(fixturesDir, articles.find((a) => a.startsWith('004'))!) });
  assert.equal(document.script, 'traditional');
  const [first] = await service.matchSegments([document.segments[0]]);
  const spans = first.terms.map((t) => document.segments[0].original.slice(t.originalStart, t.originalEnd));
  assert.ok(spans.includes('百縣千鎮(zhèn)萬村高質(zhì)量發(fā)展工程'), spans.join(' | '));
  assert.ok(spans.includes('市委農(nóng)村工作會議'), spans.join(' | '));
});

test('quoted slogans with digits are found in the seeds: “13388”, “1310”具体部署, “1+6+N”基层社会治理体系', async () => {
  const found = new Set<string>();
  for (const article of articles) {
    const document = await prepareDocument({ kind: 'path', path: path.join(fixturesDir, article) });
    for (const s of await service.matchSegments(document.segments)) for (const t of s.terms) found.add(foldTerm(t.text));
  }
  for (const slogan of ['13388', '1310具体部署', '1+6+n基层社会治理体系']) {
    assert.ok([...found].some((f) => f.includes(slogan)), `${slogan} among ${[...found].filter((f) => /\d/.test(f)).join(', ')}`);
  }
});
