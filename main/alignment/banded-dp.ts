/**
 * Dynamic programming over a band of the (zh boundary, en boundary) grid: the work grows with the
 * band's area, not with zh × en. Row r (r Chinese sentences consumed) allows en boundaries lo[r]..hi[r].
 */
import { runSync, YIELD_EVERY, type Work } from './work';

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export type BeadShape = readonly [zhCount: number, enCount: number];

/** Score of the bead covering zh [zhStart, zhStart+a) and en [enStart, enStart+b); higher is better. */
export type BeadScorer = (zhStart: number, enStart: number, a: number, b: number) => number;

/** A path of beads: [first zh sentence, first en sentence, zh count, en count]. */
export type BeadPath = Array<[number, number, number, number]>;

/**
 * Runs of one-sided beads: a 1-0 bead right after a 1-0 bead scores `zhRun` more, a 0-1 after a 0-1
 * `enRun` more. A section left out of (or added to) a translation is one event, not one per sentence,
 * so its second and later sentences should not pay the prior of a rare bead again.
 */
export interface RunModel {
  zhRun: number;
  enRun: number;
}

export function bandedAlign(n: number, m: number, band: Band, shapes: readonly BeadShape[], score: BeadScorer, runs?: RunModel): BeadPath {
  return runSync(bandedAlignWork(n, m, band, shapes, score, runs));
}

/**
 * The same search as work that yields its progress every few rows (see work.ts). With a run model
 * each cell keeps three states (last bead paired, 1-0, 0-1); without, one.
 */
export function* bandedAlignWork(n: number, m: number, band: Band, shapes: readonly BeadShape[], score: BeadScorer, runs?: RunModel): Work<BeadPath> {
  const states = runs ? 3 : 1;
  const runBonus = [0, runs?.zhRun ?? 0, runs?.enRun ?? 0];
  const stateOf = shapes.map(([a, b]) => (!runs ? 0 : b === 0 ? 1 : a === 0 ? 2 : 0));
  const offsets = new Int32Array(n + 2);
  for (let r = 0; r <= n; r++) offsets[r + 1] = offsets[r] + Math.max(0, band.hi[r] - band.lo[r] + 1);
  const size = offsets[n + 1] * states;
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  const backState = new Int8Array(size);
  if (band.lo[0] !== 0) throw new Error('band must start at (0, 0)');
  best[0] = 0;
  for (let r = 0; r <= n; r++) {
    if (r % YIELD_EVERY === 0) yield r / (n + 1);
    const lo = band.lo[r];
    const hi = band.hi[r];
    for (let j = lo; j <= hi; j++) {
      const cell = (offsets[r] + j - lo) * states;
      if (r === 0 && j === 0) continue;
      for (let s = 0; s < shapes.length; s++) {
        const a = shapes[s][0];
        const b = shapes[s][1];
        const pr = r - a;
        const pj = j - b;
        if (pr < 0 || pj < 0 || pj < band.lo[pr] || pj > band.hi[pr]) continue;
        const prev = (offsets[pr] + pj - band.lo[pr]) * states;
        // Best way into the previous cell, whatever its last bead was; a run may do better still.
        let from = best[prev];
        let fromState = 0;
        for (let q = 1; q < states; q++) {
          if (best[prev + q] > from) {
            from = best[prev + q];
            fromState = q;
          }
        }
        if (from === -Infinity) continue;
        const bead = score(pr, pj, a, b);
        const state = stateOf[s];
        let candidate = from + bead;
        if (state !== 0 && best[prev + state] + runBonus[state] > from) {
          candidate = best[prev + state] + runBonus[state] + bead;
          fromState = state;
        }
        if (candidate > best[cell + state]) {
          best[cell + state] = candidate;
          back[cell + state] = s;
          backState[cell + state] = fromState;
        }
      }
    }
  }
  if (m < band.lo[n] || m > band.hi[n]) throw new Error('band does not reach the end of both texts');
  const end = (offsets[n] + m - band.lo[n]) * states;
  let state = 0;
  for (let q = 1; q < states; q++) if (best[end + q] > best[end + state]) state = q;
  if (best[end + state] === -Infinity) throw new Error('band does not reach the end of both texts');
  const path: BeadPath = [];
  let r = n;
  let j = m;
  while (r > 0 || j > 0) {
    const cell = (offsets[r] + j - band.lo[r]) * states + state;
    const [a, b] = shapes[back[cell]];
    state = backState[cell];
    r -= a;
    j -= b;
    path.push([r, j, a, b]);
  }
  return path.reverse();
}

/** Makes a band walkable: starts at (0,0), ends at (n,m), and consecutive rows overlap. */
export function closeBand(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  for (let r = 0; r <= n; r++) {
    lo[r] = Math.max(0, Math.min(lo[r], m));
    hi[r] = Math.max(lo[r], Math.min(hi[r], m));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let r = 1; r <= n; r++) lo[r] = Math.max(lo[r], lo[r - 1]);
  for (let r = n - 1; r >= 0; r--) hi[r] = Math.min(Math.max(hi[r], lo[r]), hi[r + 1]);
  for (let r = 0; r < n; r++) if (lo[r + 1] > hi[r]) hi[r] = lo[r + 1];
  for (let r = 0; r <= n; r++) hi[r] = Math.max(hi[r], lo[r]);
  return { lo, hi };
}
