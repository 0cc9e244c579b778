import type { AlignOptions, Bead } from './types';
import { extractFeatures } from './features';
import { PairCoverage } from './pair-coverage';
import { bandedAlignWork, type Band, type BeadShape, type RunModel } from './banded-dp';
import { DEFAULT_LENGTH_MODEL } from './length-model';
import { findAnchors } from './anchors';
import { anchorBand, pathBand, prefixLengths, sentenceRows, widenAtEdges, type BandShape } from './bands';
import { beadScorer, confidence, priorTable, type BeadScoring } from './bead-score';
import { runAsync, runSync, stage, type Work } from './work';

/** Bead shapes of the final pass: 1-1, 1-n and n-1 up to 5, 2-2, 2-3, 3-2 and insertions/deletions. */
export const BEAD_SHAPES: readonly BeadShape[] = [
  [1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2], [1, 4], [4, 1], [1, 5], [5, 1], [2, 3], [3, 2], [1, 0], [0, 1],
];
/** The first, wide pass only needs a rough path. */
const ROUGH_SHAPES: readonly BeadShape[] = [[1, 1], [1, 2], [2, 1], [1, 0], [0, 1]];

/**
 * Where the rough pass looks (bands.ts): near the anchors; the whole stretch between two anchors
 * when one side of it has at most `wholeGap` sentences; else ±`halfWidth` around the length
 * diagonal of the stretch. The final pass looks ±FINE_HALF_WIDTH around the rough path.
 */
const ROUGH_BAND: BandShape = { halfWidth: 20, anchorMargin: 4, wholeGap: 40 };
const FINE_HALF_WIDTH = 6;
/** Where the rough path runs along its band's edge, the band is widened there by this much and the pass run again, at most MAX_WIDENINGS times. */
const WIDENING = 20;
const MAX_WIDENINGS = 3;

/**
 * How likely the sentence after a sentence without counterpart has none either: a section dropped
 * from (or added to) a translation is one event, so only its first sentence pays the rare 1-0 or
 * 0-1 prior. The gold data has no such sections to calibrate on; 0.4 is the middle of the range that
 * aligns the one-sided sections of the tests exactly (0.4–0.9) and costs mac-dev least (at 0.9 some
 * loosely translated literary stretches come out as a dropped section next to an added one).
 */
const RUN_CONTINUES = 0.4;

/**
 * Aligns Chinese sentences with English sentences: anchors over the whole text (anchors.ts), a rough
 * pass in a band that follows them, then the full bead search in a narrow band around the rough path
 * (as Bertalign does), so time grows with the text length, not with its square. `alignSegments`
 * runs to the end at once; `alignSegmentsAsync` is the same work in slices, reporting progress and
 * stopping mid-pass when the signal is aborted.
 */
export function alignSegments(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  return runSync(alignmentWork(zh, en, options), options.signal);
}

export function alignSegmentsAsync(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Promise<Bead[]> {
  return runAsync(alignmentWork(zh, en, options), { signal: options.signal, onProgress: options.onProgress });
}

function* alignmentWork(zh: readonly string[], en: readonly string[], options: AlignOptions): Work<Bead[]> {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...zh.map((_, i) => ({ zh: [i], en: [], confidence: 1 })), ...en.map((_, j) => ({ zh: [], en: [j], confidence: 1 }))];
  }
  const model = options.lengthModel ?? DEFAULT_LENGTH_MODEL;
  const features = yield* stage(extractFeatures(zh, en, options), 0, 0.3);
  const scoring: BeadScoring = { features, zhPrefix: prefixLengths(features.zh), enPrefix: prefixLengths(features.en), model, shapes: BEAD_SHAPES, options };
  const priors = priorTable(model, BEAD_SHAPES);
  const runs: RunModel = { zhRun: Math.log(RUN_CONTINUES) - priors[1][0], enRun: Math.log(RUN_CONTINUES) - priors[0][1] };
  const search = function* (band: Band, shapes: readonly BeadShape[], maxSpan: number, from: number, to: number) {
    const middle = (from + to) / 2;
    const coverage = yield* stage(PairCoverage.build(features.zh, features.en, ...sentenceRows(band, n, m, maxSpan)), from, middle);
    const path = yield* stage(bandedAlignWork(n, m, band, shapes, beadScorer(scoring, coverage), runs), middle, to);
    return { path, coverage };
  };

  const anchors = yield* stage(findAnchors(features.zh, features.en), 0.3, 0.35);
  let roughBand = anchorBand(scoring.zhPrefix, scoring.enPrefix, anchors, ROUGH_BAND);
  let rough = (yield* search(roughBand, ROUGH_SHAPES, 1, 0.35, 0.6)).path;
  for (let k = 0; k < MAX_WIDENINGS; k++) {
    const wider = widenAtEdges(roughBand, rough, n, m, WIDENING);
    if (!wider) break;
    roughBand = wider;
    rough = (yield* search(roughBand, ROUGH_SHAPES, 1, 0.6, 0.6)).path;
  }

  const fine = yield* search(pathBand(rough, n, m, FINE_HALF_WIDTH), BEAD_SHAPES, 5, 0.6, 1);
  return fine.path.map(([i0, j0, a, b]) => ({
    zh: range(i0, a),
    en: range(j0, b),
    confidence: confidence(features.zh, features.en, fine.coverage, i0, j0, a, b, model),
  }));
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
