import type { AlignOptions, LengthModel } from './types';
import type { SentenceFeatures, TextFeatures } from './features';
import type { PairCoverage } from './pair-coverage';
import type { BeadScorer, BeadShape } from './banded-dp';
import type { LengthPrefix } from './bands';
import { logLengthProbability, logPrior } from './length-model';

/** Weights of the evidence; global, the same for every document. */
export const SCORE_WEIGHTS = { lexical: 0.08, expectedCoverage: 0.5, orphan: 1, orphanMinWeight: 3, deletionLength: 0.2, length: 1, paragraph: 2 };

export interface BeadScoring {
  features: TextFeatures;
  zhPrefix: LengthPrefix;
  enPrefix: LengthPrefix;
  model: LengthModel;
  shapes: readonly BeadShape[];
  options: AlignOptions;
}

/**
 * Score of a bead (higher is better): the bead-shape prior and the Gale-Church length
 * log-probability, plus the weight of the units each side explains on the other, minus half the
 * weight it leaves unexplained, minus the weight of sentences nothing explains, plus agreement of
 * paragraph breaks. Insertions and deletions score their prior and (weakly) their length.
 */
export function beadScorer(scoring: BeadScoring, coverage: PairCoverage): BeadScorer {
  const { features, zhPrefix, enPrefix, model, options } = scoring;
  const zhF = features.zh;
  const enF = features.en;
  const priors = priorTable(model, scoring.shapes);
  return (i0, j0, a, b) => {
    const zl = zhPrefix[i0 + a] - zhPrefix[i0];
    const el = enPrefix[j0 + b] - enPrefix[j0];
    if (a === 0 || b === 0) return priors[a][b] + SCORE_WEIGHTS.deletionLength * logLengthProbability(zl, el, model);
    // Covered words count for the bead, words left unexplained against it: pairing two unrelated
    // sentences must cost something, or an insertion/deletion could never win.
    let weight = 0;
    for (let i = i0; i < i0 + a; i++) weight += zhF[i].totalWeight;
    for (let j = j0; j < j0 + b; j++) weight += enF[j].totalWeight;
    const covered = coverage.coverage(zhF, enF, i0, j0, a, b, SCORE_WEIGHTS.orphanMinWeight);
    const lexical = covered - SCORE_WEIGHTS.expectedCoverage * weight - SCORE_WEIGHTS.orphan * coverage.orphans;
    return priors[a][b] + SCORE_WEIGHTS.length * logLengthProbability(zl, el, model) + SCORE_WEIGHTS.lexical * lexical + paragraphScore(options, i0, j0, a, b);
  };
}

/** log prior of each shape, as table[a][b]. */
export function priorTable(model: LengthModel, shapes: readonly BeadShape[]): number[][] {
  return shapes.reduce<number[][]>((table, [a, b]) => {
    (table[a] ??= [])[b] = logPrior(model, a, b);
    return table;
  }, []);
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
export function confidence(zh: SentenceFeatures[], en: SentenceFeatures[], coverage: PairCoverage, i0: number, j0: number, a: number, b: number, model: LengthModel): number {
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
