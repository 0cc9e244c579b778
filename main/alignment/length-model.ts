import type { LengthModel } from './types';
import calibrated from './calibration/length-model.json';

/** The length model calibrated on pol-dev by calibration/calibrate-length-model.ts. */
export const DEFAULT_LENGTH_MODEL: LengthModel = calibrated as LengthModel;

/**
 * log P(lengths match | bead) as Gale and Church (1993) define it: z = (c·zh − en) / sqrt(s²·mean),
 * mean = (zh + en/c)/2, probability = 2·(1 − Φ(|z|)). Computed in log space so long deletions
 * do not underflow.
 */
export function logLengthProbability(zhLength: number, enLength: number, model: LengthModel): number {
  if (zhLength === 0 && enLength === 0) return 0;
  const mean = (zhLength + enLength / model.ratio) / 2;
  const z = Math.abs(model.ratio * zhLength - enLength) / Math.sqrt(model.variance * mean);
  return logErfc(z / Math.SQRT2);
}

/** log erfc(x) for x ≥ 0 (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

/** log prior of a bead type; types the calibration data never showed get a small floor. */
export function logPrior(model: LengthModel, zhCount: number, enCount: number): number {
  const p = model.priors[`${zhCount}-${enCount}`];
  return Math.log(p !== undefined && p > 0 ? p : 0.0005);
}
