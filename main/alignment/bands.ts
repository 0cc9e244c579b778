import { anchorPoints, type Anchor } from './anchors';
import { closeBand, type Band, type BeadPath } from './banded-dp';

/**
 * The regions of the (zh boundary, en boundary) grid the searches look at. The rough pass follows
 * the anchors: between two anchors where one side has few sentences (an added or dropped section
 * lies there, or nothing at all) it may use the whole rectangle; across a long stretch without
 * anchors, a band around the length diagonal of that stretch. The fine pass looks near the rough path.
 */
export interface BandShape {
  /** Half-width of the band around the length diagonal of a long stretch without anchors. */
  halfWidth: number;
  /** How far around an anchor the path may pass: anchors may sit inside a 1-2 or 2-1 bead. */
  anchorMargin: number;
  /** Stretches between anchors with at most this many sentences on one side are searched whole. */
  wholeGap: number;
}

/** Prefix sums of sentence lengths: prefix[k] is the length of sentences 0..k-1. */
export type LengthPrefix = Float64Array;

export function anchorBand(zhPrefix: LengthPrefix, enPrefix: LengthPrefix, anchors: readonly Anchor[], shape: BandShape): Band {
  const n = zhPrefix.length - 1;
  const m = enPrefix.length - 1;
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const points = anchorPoints(anchors, n, m);
  for (let k = 1; k < points.length; k++) {
    const [i0, j0] = points[k - 1];
    const [i1, j1] = points[k];
    if (Math.min(i1 - i0, j1 - j0) <= shape.wholeGap) {
      for (let r = i0; r <= i1; r++) {
        lo[r] = Math.min(lo[r], j0 - shape.anchorMargin);
        hi[r] = Math.max(hi[r], j1 + shape.anchorMargin);
      }
    } else lengthDiagonal(zhPrefix, enPrefix, [i0, j0], [i1, j1], shape.halfWidth, lo, hi);
  }
  return closeBand(lo, hi, n, m);
}

/** Rows i0..i1 get the en boundaries within halfWidth of where the English has used up as much text as the Chinese. */
function lengthDiagonal(zhPrefix: LengthPrefix, enPrefix: LengthPrefix, [i0, j0]: [number, number], [i1, j1]: [number, number], halfWidth: number, lo: Int32Array, hi: Int32Array) {
  const zhSpan = zhPrefix[i1] - zhPrefix[i0] || 1;
  const enSpan = enPrefix[j1] - enPrefix[j0];
  let j = j0;
  for (let r = i0; r <= i1; r++) {
    const target = enPrefix[j0] + ((zhPrefix[r] - zhPrefix[i0]) / zhSpan) * enSpan;
    while (j < j1 && (enPrefix[j] + enPrefix[j + 1]) / 2 < target) j++;
    lo[r] = Math.min(lo[r], j - halfWidth);
    hi[r] = Math.max(hi[r], j + halfWidth);
  }
}

/** Band of the given half-width around a path of beads. */
export function pathBand(path: BeadPath, n: number, m: number, halfWidth: number): Band {
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

/**
 * Where the path runs along the edge of its band (the band cut it off, e.g. a section on one side
 * only that no anchor announced), a wider band re-centred on the path there; undefined when the
 * path stays inside.
 */
export function widenAtEdges(band: Band, path: BeadPath, n: number, m: number, amount: number): Band | undefined {
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  let touched = false;
  for (const [i0, j0, a, b] of path) {
    const r = i0 + a;
    const j = j0 + b;
    const low = j <= band.lo[r] && band.lo[r] > 0;
    const high = j >= band.hi[r] && band.hi[r] < m;
    if (!low && !high) continue;
    touched = true;
    for (let row = Math.max(0, r - amount); row <= Math.min(n, r + amount); row++) {
      if (low) lo[row] = Math.min(lo[row], j - amount);
      if (high) hi[row] = Math.max(hi[row], j + amount);
    }
  }
  return touched ? closeBand(lo, hi, n, m) : undefined;
}

/** For each zh sentence, the en sentences any bead through the band may pair it with. */
export function sentenceRows(band: Band, n: number, m: number, maxSpan: number): [Int32Array, Int32Array] {
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = Math.max(0, Math.min(band.lo[i], band.lo[i + 1]) - maxSpan);
    hi[i] = Math.min(m - 1, Math.max(band.hi[i], band.hi[i + 1]) + maxSpan);
  }
  return [lo, hi];
}

export function prefixLengths(lengths: readonly { length: number }[]): LengthPrefix {
  const prefix = new Float64Array(lengths.length + 1);
  lengths.forEach((f, i) => (prefix[i + 1] = prefix[i] + f.length));
  return prefix;
}
