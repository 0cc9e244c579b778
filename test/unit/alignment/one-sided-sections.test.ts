// Whole sections on one side only, as published English drops or adds them: the whole of seed
// article 000 (test/fixtures/alignment/seed000-article.*, English written by hand, one line per
// Chinese segment) with a Chinese section the English leaves out (the Torch Development Zone meeting
// of seed 003, 56 segments) and an English section the Chinese does not have (a background box about
// Zhongshan written by hand, 45 sentences), at the start, in the middle and at the end, through the
// real dictionaries. The gold is known by construction.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSegments } from '../../../main/alignment/aligner';
import { formatBead } from '../../../main/alignment/beads-format';
import { loadAlignmentResources } from '../../../main/alignment/resources';
import { splitEnglishSentences } from '../../../main/segmentation/english';
import { syntheticParallelText, withOneSidedSections, type SyntheticText } from '../../../main/alignment/calibration/synthetic-text';
import type { AlignOptions } from '../../../main/alignment/types';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'alignment');
const lines = (name: string) => readFileSync(path.join(fixtures, name), 'utf8').replace(/\n$/, '').split('\n');

const article: SyntheticText = (() => {
  const zh = lines('seed000-article.zh.txt');
  const byLine = lines('seed000-article.en.txt').map((line) => splitEnglishSentences(line));
  assert.equal(byLine.length, zh.length, 'one English line per Chinese segment');
  const en = byLine.flat();
  let next = 0;
  const gold = byLine.map((sentences, i) => ({ zh: [i], en: sentences.map(() => next++) }));
  return { zh, en, gold };
})();
const droppedChinese = lines('seed003-torch-zone.zh.txt');
const addedEnglish = lines('zhongshan-background.en.txt').flatMap((line) => splitEnglishSentences(line));

let options: AlignOptions;
before(async () => {
  const resources = await loadAlignmentResources();
  options = { lexicon: resources.lexicon, pinyin: resources.pinyin, terms: resources.terms };
});

function assertAligned(text: SyntheticText) {
  const got = alignSegments(text.zh, text.en, options).map(formatBead);
  const want = text.gold.map(formatBead);
  const wrong = got.filter((bead) => !want.includes(bead));
  assert.deepEqual(wrong, [], `${wrong.length} wrong beads of ${got.length}`);
  assert.deepEqual(got, want);
}

test('the article and its translation align exactly (the base of the cases below)', () => {
  assert.equal(article.zh.length, 42);
  assert.equal(article.en.length, 48);
  assertAligned(article);
});

const END = article.gold.length;
for (const [where, at] of [['start', 0], ['middle', 20], ['end', END]] as const) {
  test(`an English section of 45 sentences added at the ${where}: 0-1 beads, every pair in place`, () => {
    assertAligned(withOneSidedSections(article, [{ at, en: addedEnglish }]));
  });
  test(`a Chinese section of 56 segments left untranslated at the ${where}: 1-0 beads, every pair in place`, () => {
    assertAligned(withOneSidedSections(article, [{ at, zh: droppedChinese }]));
  });
}

test('a section dropped early and another added late, and the other way round', () => {
  assertAligned(withOneSidedSections(article, [{ at: 8, zh: droppedChinese }, { at: 30, en: addedEnglish }]));
  assertAligned(withOneSidedSections(article, [{ at: 8, en: addedEnglish }, { at: 30, zh: droppedChinese }]));
});

test('a section of 150 sentences among 200 lookalike ones (synthetic text, no rare words, only years)', () => {
  const base = syntheticParallelText(200, 200, 3);
  for (const at of [0, 100, 200]) {
    assertAligned(withOneSidedSections(base, [{ at, en: syntheticParallelText(150, 150, 99).en }]));
    assertAligned(withOneSidedSections(base, [{ at, zh: syntheticParallelText(150, 150, 99).zh }]));
  }
});
