/**
 * Dynamic programming over a band of the (zh boundary, en boundary) grid: the work grows with the
 * band's area, not with zh × en. Row r (r Chinese sentences consumed) allows en boundaries lo[r]..hi[r].
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export type BeadShape = readonly [zhCount: number, enCount: number];

/** Score of the bead covering zh [zhStart, zhStart+a) and en [enStart, enStart+b); higher is better. */
export type BeadScorer = (zhStart: number, enStart: number, a: number, b: number) => number;

export function bandedAlign(n: number, m: number, band: Band, shapes: readonly BeadShape[], score: BeadScorer): Array<[number, number, number, number]> {
  const offsets = new Int32Array(n + 2);
  for (let r = 0; r <= n; r++) offsets[r + 1] = offsets[r] + Math.max(0, band.hi[r] - band.lo[r] + 1);
  const size = offsets[n + 1];
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  if (band.lo[0] !== 0) throw new Error('band must start at (0, 0)');
  best[0] = 0;
  for (let r = 0; r <= n; r++) {
    const lo = band.lo[r];
    const hi = band.hi[r];
    for (let j = lo; j <= hi; j++) {
      const cell = offsets[r] + j - lo;
      if (r === 0 && j === 0) continue;
      let top = -Infinity;
      let choice = -1;
      for (let s = 0; s < shapes.length; s++) {
        const a = shapes[s][0];
        const b = shapes[s][1];
        const pr = r - a;
        const pj = j - b;
        if (pr < 0 || pj < 0 || pj < band.lo[pr] || pj > band.hi[pr]) continue;
        const prev = best[offsets[pr] + pj - band.lo[pr]];
        if (prev === -Infinity) continue;
        const candidate = prev + score(pr, pj, a, b);
        if (candidate > top) {
          top = candidate;
          choice = s;
        }
      }
      best[cell] = top;
      back[cell] = choice;
    }
  }
  if (m < band.lo[n] || m > band.hi[n] || best[offsets[n] + m - band.lo[n]] === -Infinity) {
    throw new Error('band does not reach the end of both texts');
  }
  const path: Array<[number, number, number, number]> = [];
  let r = n;
  let j = m;
  while (r > 0 || j > 0) {
    const s = back[offsets[r] + j - band.lo[r]];
    const [a, b] = shapes[s];
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
