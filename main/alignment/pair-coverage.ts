import type { SentenceFeatures } from './features';
import { YIELD_EVERY, type Work } from './work';

/**
 * For every (zh sentence, en sentence) pair inside a band: which units of each side the other side
 * covers, as 64-bit masks. Coverage of a run of sentences is then an OR of these masks.
 */
export class PairCoverage {
  private readonly rowStart: Int32Array;
  private readonly rowLo: Int32Array;
  private readonly rowHi: Int32Array;
  private readonly zhLo: Int32Array;
  private readonly zhHi: Int32Array;
  private readonly enLo: Int32Array;
  private readonly enHi: Int32Array;

  /** Compares zh sentence i with en sentences rowLo[i]..rowHi[i], yielding progress every few rows (see work.ts). */
  static *build(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[], rowLo: Int32Array, rowHi: Int32Array): Work<PairCoverage> {
    const table = new PairCoverage(zh.length, rowLo, rowHi);
    for (let i = 0; i < zh.length; i++) {
      if (i % YIELD_EVERY === 0) yield i / zh.length;
      table.fillRow(zh, en, i);
    }
    return table;
  }

  private constructor(n: number, rowLo: Int32Array, rowHi: Int32Array) {
    this.rowLo = rowLo;
    this.rowHi = rowHi;
    this.rowStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.rowStart[i + 1] = this.rowStart[i] + Math.max(0, rowHi[i] - rowLo[i] + 1);
    const size = this.rowStart[n];
    this.zhLo = new Int32Array(size);
    this.zhHi = new Int32Array(size);
    this.enLo = new Int32Array(size);
    this.enHi = new Int32Array(size);
  }

  private fillRow(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[], i: number): void {
    const masks = new Int32Array(4);
    for (let j = this.rowLo[i]; j <= this.rowHi[i]; j++) {
      pairMasks(zh[i], en[j], masks);
      const cell = this.rowStart[i] + j - this.rowLo[i];
      this.zhLo[cell] = masks[0];
      this.zhHi[cell] = masks[1];
      this.enLo[cell] = masks[2];
      this.enHi[cell] = masks[3];
    }
  }

  private cell(i: number, j: number): number {
    if (j < this.rowLo[i] || j > this.rowHi[i]) return -1;
    return this.rowStart[i] + j - this.rowLo[i];
  }

  /**
   * Covered unit weight of both sides for zh [i0, i0+a) against en [j0, j0+b). With `minWeight`,
   * `orphans` is then the weight of the sentences the other side leaves entirely unexplained
   * although they have at least that much content: a strong sign they belong elsewhere.
   */
  coverage(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[], i0: number, j0: number, a: number, b: number, minWeight = Infinity): number {
    let total = 0;
    let orphans = 0;
    for (let i = i0; i < i0 + a; i++) {
      let lo = 0, hi = 0;
      for (let j = j0; j < j0 + b; j++) {
        const c = this.cell(i, j);
        if (c >= 0) {
          lo |= this.zhLo[c];
          hi |= this.zhHi[c];
        }
      }
      if ((lo | hi) !== 0) total += maskWeight(zh[i].bitWeights, lo, hi);
      else if (zh[i].totalWeight >= minWeight) orphans += zh[i].totalWeight;
    }
    for (let j = j0; j < j0 + b; j++) {
      let lo = 0, hi = 0;
      for (let i = i0; i < i0 + a; i++) {
        const c = this.cell(i, j);
        if (c >= 0) {
          lo |= this.enLo[c];
          hi |= this.enHi[c];
        }
      }
      if ((lo | hi) !== 0) total += maskWeight(en[j].bitWeights, lo, hi);
      else if (en[j].totalWeight >= minWeight) orphans += en[j].totalWeight;
    }
    this.orphans = orphans;
    return total;
  }

  /** Orphan weight found by the last `coverage` call. */
  orphans = 0;
}

/**
 * Which units of zh sentence z and en sentence e the other one covers (they share a key), as masks:
 * out = [zh low bits, zh high bits, en low bits, en high bits].
 */
export function pairMasks(z: SentenceFeatures, e: SentenceFeatures, out: Int32Array): void {
  let zl = 0, zhh = 0, el = 0, ehh = 0;
  // Walk the sentence with fewer keys and probe the other.
  const [small, other, smallIsEn] = e.keys.length <= z.keys.length ? [e, z, true] : [z, e, false];
  for (let k = 0; k < small.keys.length; k++) {
    const key = small.keys[k];
    if (!other.keyLo.has(key) && !other.keyHi.has(key)) continue;
    const sl = small.keyLo.get(key) ?? 0;
    const sh = small.keyHi.get(key) ?? 0;
    const ol = other.keyLo.get(key) ?? 0;
    const oh = other.keyHi.get(key) ?? 0;
    if (smallIsEn) {
      el |= sl; ehh |= sh; zl |= ol; zhh |= oh;
    } else {
      zl |= sl; zhh |= sh; el |= ol; ehh |= oh;
    }
  }
  out[0] = zl;
  out[1] = zhh;
  out[2] = el;
  out[3] = ehh;
}

/** Summed weight of the unit bits set in the two masks. */
export function maskWeight(weights: Float64Array, lo: number, hi: number): number {
  let sum = 0;
  while (lo !== 0) {
    const bit = 31 - Math.clz32(lo & -lo);
    sum += weights[bit];
    lo &= lo - 1;
  }
  while (hi !== 0) {
    const bit = 31 - Math.clz32(hi & -hi);
    sum += weights[32 + bit];
    hi &= hi - 1;
  }
  return sum;
}
