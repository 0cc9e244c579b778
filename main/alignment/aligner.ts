import type { AlignOptions, Bead } from './types';
import { extractFeatures, type SentenceFeatures } from './features';
import { PairCoverage } from './pair-coverage';
import { bandedAlign, closeBand, type Band, type BeadShape } from './banded-dp';
import { DEFAULT_LENGTH_MODEL, logLengthProbability, logPrior } from './length-model';

/** Bead shapes of the final pass: 1-1, 1-n and n-1 up to 5, 2-2, 2-3, 3-2 and insertions/deletions. */
export const BEAD_SHAPES: readonly BeadShape[] = [
  [1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2], [1, 4], [4, 1], [1, 5], [5, 1], [2, 3], [3, 2], [1, 0], [0, 1],
];
/** The first, wide pass only needs a rough path. */
const ROUGH_SHAPES: readonly BeadShape[] = [[1, 1], [1, 2], [2, 1], [1, 0], [0, 1]];

/** How far (in sentences) the rough pass may stray from the length diagonal, and the final pass from the rough path. */
const ROUGH_HALF_WIDTH = 20;
const FINE_HALF_WIDTH = 6;

/** Weights of the evidence; global, the same for every document. */
export const SCORE_WEIGHTS = { lexical: 0.08, expectedCoverage: 0.5, orphan: 1, orphanMinWeight: 3, deletionLength: 0.2, length: 1, paragraph: 2 };

/**
 * Aligns Chinese sentences with English sentences: a rough pass along the length diagonal, then the
 * full bead search in a narrow band around the rough path (as Bertalign does), so time grows with
 * the text length, not with its square.
 */
export function alignSegments(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...zh.map((_, i) => ({ zh: [i], en: [], confidence: 1 })), ...en.map((_, j) => ({ zh: [], en: [j], confidence: 1 }))];
  }
  const model = options.lengthModel ?? DEFAULT_LENGTH_MODEL;
  const features = extractFeatures(zh, en, options);
  throwIfAborted(options.signal);

  const scorerFor = (coverage: PairCoverage) => {
    const score = (i0: number, j0: number, a: number, b: number) =>
      beadScore(features.zh, features.en, coverage, i0, j0, a, b) + paragraphScore(options, i0, j0, a, b);
    return score;
  };
  const zhPrefix = prefixLengths(features.zh);
  const enPrefix = prefixLengths(features.en);
  const priors = BEAD_SHAPES.reduce<number[][]>((table, [a, b]) => {
    (table[a] ??= [])[b] = logPrior(model, a, b);
    return table;
  }, []);
  const beadScore = (zhF: SentenceFeatures[], enF: SentenceFeatures[], coverage: PairCoverage, i0: number, j0: number, a: number, b: number) => {
    const zl = zhPrefix[i0 + a] - zhPrefix[i0];
    const el = enPrefix[j0 + b] - enPrefix[j0];
    if (a === 0 || b === 0) return priors[a][b] + SCORE_WEIGHTS.deletionLength * logLengthProbability(zl, el, model);
    // Covered words count for the bead, words left unexplained against it: pairing two unrelated
    // sentences must cost something, or an insertion/deletion could never win.
    let weight = 0;
    for (let i = i0; i < i0 + a; i++) weight += zhF[i].totalWeight;
    for (let j = j0; j < j0 + b; j++) weight += enF[j].totalWeight;
    const lexical =
      coverage.coverage(zhF, enF, i0, j0, a, b) -
      SCORE_WEIGHTS.expectedCoverage * weight -
      (SCORE_WEIGHTS.orphan > 0 ? SCORE_WEIGHTS.orphan * coverage.orphanWeight(zhF, enF, i0, j0, a, b, SCORE_WEIGHTS.orphanMinWeight) : 0);
    return priors[a][b] + SCORE_WEIGHTS.length * logLengthProbability(zl, el, model) + SCORE_WEIGHTS.lexical * lexical;
  };

  const roughBand = diagonalBand(features.zh, features.en, ROUGH_HALF_WIDTH);
  const roughCoverage = new PairCoverage(features.zh, features.en, ...sentenceRows(roughBand, n, m, 1));
  const rough = bandedAlign(n, m, roughBand, ROUGH_SHAPES, scorerFor(roughCoverage));
  throwIfAborted(options.signal);

  const fineBand = pathBand(rough, n, m, FINE_HALF_WIDTH);
  const fineCoverage = new PairCoverage(features.zh, features.en, ...sentenceRows(fineBand, n, m, 5));
  const path = bandedAlign(n, m, fineBand, BEAD_SHAPES, scorerFor(fineCoverage));

  return path.map(([i0, j0, a, b]) => ({
    zh: range(i0, a),
    en: range(j0, b),
    confidence: confidence(features.zh, features.en, fineCoverage, i0, j0, a, b, model),
  }));
}

function prefixLengths(features: SentenceFeatures[]): Float64Array {
  const prefix = new Float64Array(features.length + 1);
  features.forEach((f, i) => (prefix[i + 1] = prefix[i] + f.length));
  return prefix;
}

function paragraphScore(options: AlignOptions, i0: number, j0: number, a: number, b: number): number {
  const zp = options.zhParagraphs;
  const ep = options.enParagraphs;
  if (!zp || !ep || a === 0 || b === 0) return 0;
  const zhStarts = i0 === 0 || zp[i0] !== zp[i0 - 1];
  const enStarts = j0 === 0 || ep[j0] !== ep[j0 - 1];
  const zhCrosses = zp[i0] !== zp[i0 + a - 1];
  const enCrosses = ep[j0] !== ep[j0 + b - 1];
  let score = zhStarts === enStarts ? 0 : -1;
  if (zhCrosses !== enCrosses) score -= 1;
  return SCORE_WEIGHTS.paragraph * score;
}

/**
 * How sure a bead is: how much of its words the other side explains, and how well the lengths fit.
 * Insertions and deletions are never sure: the translator should look at them.
 */
function confidence(zh: SentenceFeatures[], en: SentenceFeatures[], coverage: PairCoverage, i0: number, j0: number, a: number, b: number, model = DEFAULT_LENGTH_MODEL): number {
  if (a === 0 || b === 0) return 0.2;
  let total = 0, zl = 0, el = 0;
  for (let i = i0; i < i0 + a; i++) {
    total += zh[i].totalWeight;
    zl += zh[i].length;
  }
  for (let j = j0; j < j0 + b; j++) {
    total += en[j].totalWeight;
    el += en[j].length;
  }
  const explained = total > 0 ? coverage.coverage(zh, en, i0, j0, a, b) / total : 0;
  const lengthFit = Math.exp(logLengthProbability(zl, el, model));
  return round(Math.min(1, 0.15 + 0.45 * Math.min(1, explained / 0.35) + 0.4 * lengthFit));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function throwIfAborted(signal?: AbortSignal) {
  if (signal?.aborted) {
    const error = new Error('Alignment cancelled.');
    error.name = 'AbortError';
    throw error;
  }
}

/** Band around the line where the English has used up as much text as the Chinese. */
function diagonalBand(zh: SentenceFeatures[], en: SentenceFeatures[], halfWidth: number): Band {
  const n = zh.length;
  const m = en.length;
  const zhTotal = zh.reduce((s, f) => s + f.length, 0) || 1;
  const enTotal = en.reduce((s, f) => s + f.length, 0) || 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let zhSoFar = 0;
  let j = 0;
  let enSoFar = 0;
  for (let r = 0; r <= n; r++) {
    const target = (zhSoFar / zhTotal) * enTotal;
    while (j < m && enSoFar + en[j].length / 2 < target) enSoFar += en[j++].length;
    lo[r] = j - halfWidth;
    hi[r] = j + halfWidth;
    if (r < n) zhSoFar += zh[r].length;
  }
  return closeBand(lo, hi, n, m);
}

/** Band of the given half-width around a path of beads. */
function pathBand(path: Array<[number, number, number, number]>, n: number, m: number, halfWidth: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const mark = (r: number, jFrom: number, jTo: number) => {
    lo[r] = Math.min(lo[r], jFrom - halfWidth);
    hi[r] = Math.max(hi[r], jTo + halfWidth);
  };
  mark(0, 0, 0);
  for (const [i0, j0, a, b] of path) for (let r = i0; r <= i0 + a; r++) mark(r, j0, j0 + b);
  return closeBand(lo, hi, n, m);
}

/** For each zh sentence, the en sentences any bead through the band may pair it with. */
function sentenceRows(band: Band, n: number, m: number, maxSpan: number): [Int32Array, Int32Array] {
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = Math.max(0, Math.min(band.lo[i], band.lo[i + 1]) - maxSpan);
    hi[i] = Math.min(m - 1, Math.max(band.hi[i], band.hi[i + 1]) + maxSpan);
  }
  return [lo, hi];
}
