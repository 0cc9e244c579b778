import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { prepareText } from '../../../main/document/prepare';
import { builtinIndex, entryFor, repoRoot, seedPhrases, surfacesOf } from './term-base-fixture';

// The built-in term base as the app uses it: seed articles cleaned by the import pipeline, then matched
// by the glossary engine. Every fixed phrase the research lists for an article must be highlighted there,
// either as its own term or inside a longer fixed phrase (leftmost-longest: 横琴 inside 横琴、前海、南沙三大平台).

const index = builtinIndex();

const fixturesDir = `${repoRoot}test/fixtures/`;
const articles = readdirSync(fixturesDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();

for (const article of articles) {
  test(`every listed fixed phrase is highlighted in seed ${article.slice(0, 3)} after cleanup`, () => {
    const document = prepareText(readFileSync(fixturesDir + article, 'utf8'), article);
    const segments = document.segments.map((segment) => segment.text);
    const expected = seedPhrases.filter((row) => row.occursIn.includes(article.slice(0, 3))).map((row) => row.zh);
    assert.ok(expected.length > 5);
    const notHighlighted: string[] = [];
    for (const zh of expected) {
      const entry = entryFor(zh);
      assert.ok(entry, `no entry for ${zh}`);
      const forms = surfacesOf(entry);
      let occurrences = 0;
      let covered = 0;
      for (const text of segments) {
        const matches = index.match(text);
        for (const form of forms) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
            occurrences++;
            if (matches.some((m) => m.start <= at && at + form.length <= m.end)) covered++;
          }
        }
      }
      if (occurrences === 0 || covered < occurrences) notHighlighted.push(`${zh} (${covered}/${occurrences})`);
    }
    assert.deepEqual(notHighlighted, []);
  });
}

test('seed 001 (Meizhou): no built-in suggestion names Zhongshan; city offices are offered in their generic form', () => {
  const article = articles.find((name) => name.startsWith('001_'))!;
  const document = prepareText(readFileSync(fixturesDir + article, 'utf8'), article);
  const offered = document.segments.flatMap((segment) => index.match(segment.text)).map((match) => match.term.entry);
  assert.ok(offered.length > 20, `only ${offered.length} terms in seed 001`);
  // Renderings, alternates, history, note and sources: nothing the translator sees for a term names Zhongshan.
  const naming = new Set(offered.filter((entry) => /Zhongshan/i.test(JSON.stringify(entry))).map((entry) => `${entry.zh}: ${entry.en}`));
  assert.deepEqual([...naming], []);
  const byZh = new Map(offered.map((entry) => [entry.zh, entry]));
  for (const zh of ['市委书记', '市委副书记', '市政协主席']) assert.ok(byZh.has(zh), `${zh} is highlighted in seed 001`);
  assert.equal(byZh.get('市委书记')!.en, 'secretary of the municipal CPC committee');
  assert.match(byZh.get('市委书记')!.note ?? '', /"secretary of the CPC \[City\] Municipal Committee"/);
  assert.equal(byZh.get('市委副书记')!.en, 'deputy secretary of the municipal CPC committee');
});
