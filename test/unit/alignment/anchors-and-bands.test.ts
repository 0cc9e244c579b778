import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropJumps, findAnchors, increasingChain, type Anchor } from '../../../main/alignment/anchors';
import { anchorBand, pathBand, prefixLengths, widenAtEdges } from '../../../main/alignment/bands';
import { bandedAlign, closeBand, type BeadShape } from '../../../main/alignment/banded-dp';
import { extractFeatures } from '../../../main/alignment/features';
import { runSync } from '../../../main/alignment/work';
import { smallLexicon } from './small-lexicon';

const anchor = (zh: number, en: number, similarity = 1): Anchor => ({ zh, en, similarity });
const pairs = (anchors: Anchor[]) => anchors.map((a) => `${a.zh}-${a.en}`);

test('the anchor chain is the heaviest one increasing on both sides', () => {
  // 2-9 crosses 1-1 … 4-4 and outweighs none of them together.
  const chain = increasingChain([anchor(0, 0), anchor(1, 1), anchor(2, 9, 1.5), anchor(3, 3), anchor(4, 4)], 10);
  assert.deepEqual(pairs(chain), ['0-0', '1-1', '3-3', '4-4']);
  // Equal English index never chains: each English sentence anchors once.
  assert.deepEqual(pairs(increasingChain([anchor(0, 2), anchor(1, 2, 2)], 5)), ['1-2']);
});

test('an anchor far off the line of both neighbours is dropped; one at the edge of a section is kept', () => {
  // 100-100 … 102-162: a 60-sentence English section; 101-130 matched by chance inside it.
  const chain = [anchor(99, 99), anchor(100, 100), anchor(101, 130), anchor(102, 162), anchor(103, 163)];
  assert.deepEqual(pairs(dropJumps(chain)), ['99-99', '100-100', '102-162', '103-163']);
});

test('anchors: pairs sharing rare evidence that are each other\'s best match', () => {
  const zh = ['2012年11月15日，郭文海在会上讲话。', '会议强调要发展经济。', '全市共有3000名干部参加。', '工厂工人的工资增长了百分之八。'];
  const en = ['On November 15, 2012, Guo Wenhai spoke at the meeting.', 'Some words nobody translated.', 'The meeting stressed developing the economy.', 'A total of 3,000 officials took part.', 'The wages of factory workers grew by eight percent.'];
  const pinyin = (text: string) => [...text].map((c) => ({ 郭: 'guo', 文: 'wen', 海: 'hai' })[c] ?? c);
  const features = runSync(extractFeatures(zh, en, { lexicon: smallLexicon, pinyin }));
  const anchors = runSync(findAnchors(features.zh, features.en));
  assert.ok(anchors.length >= 3, pairs(anchors).join(' '));
  for (const a of anchors) assert.ok(['0-0', '1-2', '2-3', '3-4'].includes(`${a.zh}-${a.en}`), `wrong anchor ${a.zh}-${a.en}`);
});

test('the rough band follows the anchors: a whole rectangle where one side has few sentences', () => {
  // 10 zh, 70 en: an anchor at 5-65 means 60 English sentences come before it.
  const zhPrefix = prefixLengths(Array.from({ length: 10 }, () => ({ length: 20 })));
  const enPrefix = prefixLengths(Array.from({ length: 70 }, () => ({ length: 80 })));
  const band = anchorBand(zhPrefix, enPrefix, [anchor(5, 65)], { halfWidth: 3, anchorMargin: 2, wholeGap: 5 });
  assert.equal(band.lo[0], 0);
  assert.ok(band.hi[5] >= 65 && band.lo[5] <= 63, `row 5: ${band.lo[5]}..${band.hi[5]}`);
  assert.ok(band.lo[6] >= 60, 'after the anchor the band stays near it');
  assert.equal(band.hi[10], 70);
});

test('a path along the band edge widens the band there; a path inside leaves it alone', () => {
  // 40 zh, 30 en, a band ±2 around the diagonal; the best path leaves out zh 0..9 first.
  const n = 40;
  const m = 30;
  const diagonalAt = (r: number) => Math.floor((r * m) / n);
  const narrow = closeBand(Int32Array.from({ length: n + 1 }, (_, r) => diagonalAt(r) - 2), Int32Array.from({ length: n + 1 }, (_, r) => diagonalAt(r) + 2), n, m);
  const inside = Array.from({ length: n }, (_, r) => [r, diagonalAt(r), 1, diagonalAt(r + 1) - diagonalAt(r)] as [number, number, number, number]);
  assert.equal(widenAtEdges(narrow, inside, n, m, 10), undefined);

  const shapes: BeadShape[] = [[1, 1], [1, 0], [0, 1]];
  const score = (i0: number, _j0: number, a: number, b: number) => (b === 0 ? (i0 < 10 ? 0 : -5) : a === 1 ? -1 : -5);
  const hugging = bandedAlign(n, m, narrow, shapes, score);
  const wider = widenAtEdges(narrow, hugging, n, m, 10);
  assert.ok(wider, 'the path runs along the low edge');
  assert.ok(wider.lo[6] < narrow.lo[6], `row 6 reaches further left: ${wider.lo[6]} < ${narrow.lo[6]}`);
  // Widened until the path is free: it leaves out the first ten sentences, then pairs the rest.
  let band = wider;
  let path = bandedAlign(n, m, band, shapes, score);
  for (let k = 0; k < 3; k++) {
    const next = widenAtEdges(band, path, n, m, 10);
    if (!next) break;
    band = next;
    path = bandedAlign(n, m, band, shapes, score);
  }
  assert.deepEqual(path.slice(0, 11).map(([i, j, a, b]) => `${i},${j}:${a}-${b}`), [...Array.from({ length: 10 }, (_, i) => `${i},0:1-0`), '10,0:1-1']);
  assert.deepEqual(pathBand(inside, n, m, 0).lo[0], 0);
});

test('runs of one-sided beads pay the rare prior once', () => {
  // Three zh sentences, one en sentence that matches none of them: alone each 1-0 or 0-1 costs 5, so
  // the 3-1 bead (12) is cheapest; as a run, the second and third 1-0 cost 0.5, and leaving all out (11) wins.
  const band = closeBand(new Int32Array(4).fill(0), new Int32Array(4).fill(1), 3, 1);
  const shapes: BeadShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [3, 1]];
  const score = (_i: number, _j: number, a: number, b: number) => (a === 0 || b === 0 ? -5 : a === 1 ? -8 : -12);
  const shapesOf = (path: Array<[number, number, number, number]>) => path.map(([, , a, b]) => `${a}-${b}`);
  assert.deepEqual(shapesOf(bandedAlign(3, 1, band, shapes, score)), ['3-1']);
  assert.deepEqual(shapesOf(bandedAlign(3, 1, band, shapes, score, { zhRun: 4.5, enRun: 4.5 })).sort(), ['0-1', '1-0', '1-0', '1-0']);
});
