import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TermEntry } from '../../../glossary/engine/entry';
import { GlossaryIndex } from '../../../glossary/engine/glossary-index';
import { prepareText } from '../../../main/document/prepare';

// The built-in term base as the app uses it: seed articles cleaned by the import pipeline, then matched
// by the glossary engine. Every fixed phrase the research lists for an article must be highlighted there,
// either as its own term or inside a longer fixed phrase (leftmost-longest: 横琴 inside 横琴、前海、南沙三大平台).

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const entries = JSON.parse(readFileSync(`${repoRoot}glossary/data/political-terms.json`, 'utf8')) as TermEntry[];
const index = GlossaryIndex.build(entries.map((entry) => ({ entry, layer: 'builtin' as const, overrides: [] })));

const seedRows = readFileSync(new URL('./fixtures/seed-phrases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('zh\t'))
  .map((line) => line.split('\t') as [string, string]);

const fixturesDir = `${repoRoot}test/fixtures/`;
const articles = readdirSync(fixturesDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();

const entryOf = (zh: string) => entries.find((entry) => entry.zh === zh || entry.variants.some((v) => v.text === zh));

for (const article of articles) {
  test(`every listed fixed phrase is highlighted in seed ${article.slice(0, 3)} after cleanup`, () => {
    const document = prepareText(readFileSync(fixturesDir + article, 'utf8'), article);
    const segments = document.segments.map((segment) => segment.text);
    const expected = seedRows.filter(([, occurs]) => occurs.split(',').includes(article.slice(0, 3))).map(([zh]) => zh);
    assert.ok(expected.length > 5);
    const notHighlighted: string[] = [];
    for (const zh of expected) {
      const entry = entryOf(zh);
      assert.ok(entry, `no entry for ${zh}`);
      const forms = [entry.zh, ...entry.variants.map((v) => v.text)];
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
