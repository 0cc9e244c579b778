import type { SentenceFeatures } from './features';
import { maskWeight, pairMasks } from './pair-coverage';
import { YIELD_EVERY, type Work } from './work';

/**
 * Anchors: sentence pairs that surely translate each other, found over the whole text (not near the
 * length diagonal), so the banded search can follow the text where whole sections exist on one side
 * only. As in Hunalign and Bertalign: candidates share rare evidence (a number or date, a name, a
 * glossary rendering, an uncommon word), the pair must be each other's best match, the anchors must
 * form an increasing chain, and an anchor that jumps away from both its neighbours is dropped.
 */
export interface Anchor {
  zh: number;
  en: number;
  /** Share of both sentences' content weight that the other one explains. */
  similarity: number;
}

/**
 * A key proposes candidates when at most this many sentences carry it on either side, or the square
 * root of the text's length if that is more: rare enough that the work stays near-linear, common
 * enough that a text made of everyday words still has some.
 */
const RARE_DOCUMENT_FREQUENCY = 3;
/** Candidates (by shared rare evidence) whose full similarity is computed, per Chinese sentence. */
const CANDIDATES_PER_SENTENCE = 8;
/** Below this similarity a pair is no anchor, however rare what it shares. */
const MIN_SIMILARITY = 0.3;
/** A step between anchors may stray from the other side's step by this many sentences plus a share of the step. */
const JUMP_SLACK = 3;
const JUMP_SHARE = 0.6;

export function* findAnchors(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): Work<Anchor[]> {
  const n = zh.length;
  const m = en.length;
  const dfZh = documentFrequencies(zh);
  const dfEn = documentFrequencies(en);
  const limit = Math.max(RARE_DOCUMENT_FREQUENCY, Math.floor(Math.sqrt(Math.max(n, m))));
  const rare = (key: number) => key < dfZh.length && key < dfEn.length && dfZh[key] > 0 && dfEn[key] > 0 && dfZh[key] <= limit && dfEn[key] <= limit;

  // English sentences by rare key.
  const postings = new Map<number, number[]>();
  en.forEach((sentence, j) => {
    for (const key of sentence.keys) {
      if (!rare(key)) continue;
      const list = postings.get(key);
      if (list) list.push(j);
      else postings.set(key, [j]);
    }
  });

  const bestEnOf = new Int32Array(n).fill(-1);
  const bestSimOfZh = new Float64Array(n);
  const bestZhOf = new Int32Array(m).fill(-1);
  const bestSimOfEn = new Float64Array(m);
  const shared = new Float64Array(m);
  const touched: number[] = [];
  const masks = new Int32Array(4);
  for (let i = 0; i < n; i++) {
    if (i % YIELD_EVERY === 0) yield i / n;
    const sentence = zh[i];
    for (const key of sentence.keys) {
      const list = postings.get(key);
      if (!list) continue;
      // Rarer keys say more: a key in one sentence of each side outweighs one in three.
      const weight = 1 / (dfZh[key] * list.length);
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j] += weight;
      }
    }
    if (touched.length === 0) continue;
    touched.sort((a, b) => shared[b] - shared[a] || a - b);
    for (let c = 0; c < Math.min(CANDIDATES_PER_SENTENCE, touched.length); c++) {
      const j = touched[c];
      pairMasks(sentence, en[j], masks);
      const total = sentence.totalWeight + en[j].totalWeight;
      const similarity = total > 0 ? (maskWeight(sentence.bitWeights, masks[0], masks[1]) + maskWeight(en[j].bitWeights, masks[2], masks[3])) / total : 0;
      if (similarity > bestSimOfZh[i]) {
        bestSimOfZh[i] = similarity;
        bestEnOf[i] = j;
      }
      if (similarity > bestSimOfEn[j]) {
        bestSimOfEn[j] = similarity;
        bestZhOf[j] = i;
      }
    }
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
  }

  const mutual: Anchor[] = [];
  for (let i = 0; i < n; i++) {
    const j = bestEnOf[i];
    if (j >= 0 && bestZhOf[j] === i && bestSimOfZh[i] >= MIN_SIMILARITY) mutual.push({ zh: i, en: j, similarity: bestSimOfZh[i] });
  }
  return dropJumps(increasingChain(mutual, m));
}

/**
 * The anchors as grid points the path must pass near, from (0, 0) to (n, m): each anchor gives the
 * boundary before its pair and the one after it.
 */
export function anchorPoints(anchors: readonly Anchor[], n: number, m: number): Array<[number, number]> {
  const points: Array<[number, number]> = [[0, 0]];
  for (const a of anchors) points.push([a.zh, a.en], [a.zh + 1, a.en + 1]);
  points.push([n, m]);
  return points;
}

function documentFrequencies(sentences: readonly SentenceFeatures[]): Int32Array {
  let max = -1;
  for (const s of sentences) for (const key of s.keys) if (key > max) max = key;
  const df = new Int32Array(max + 1);
  for (const s of sentences) for (const key of s.keys) df[key]++;
  return df;
}

/**
 * The heaviest chain of candidates increasing on both sides (candidates come sorted by zh, one per
 * zh sentence): a weighted longest increasing subsequence over a Fenwick tree of prefix maxima.
 */
export function increasingChain(candidates: readonly Anchor[], m: number): Anchor[] {
  const tree = new Float64Array(m + 1);
  const treeAt = new Int32Array(m + 1).fill(-1);
  const score = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  let bestEnd = -1;
  candidates.forEach((candidate, k) => {
    // Best chain ending at an English index below this one.
    let best = 0;
    let from = -1;
    for (let x = candidate.en; x > 0; x -= x & -x) {
      if (tree[x] > best) {
        best = tree[x];
        from = treeAt[x];
      }
    }
    score[k] = best + candidate.similarity;
    previous[k] = from;
    for (let x = candidate.en + 1; x <= m; x += x & -x) {
      if (score[k] > tree[x]) {
        tree[x] = score[k];
        treeAt[x] = k;
      }
    }
    if (bestEnd < 0 || score[k] > score[bestEnd]) bestEnd = k;
  });
  const chain: Anchor[] = [];
  for (let k = bestEnd; k >= 0; k = previous[k]) chain.push(candidates[k]);
  return chain.reverse();
}

/**
 * Drops anchors whose step from both neighbours is implausible without a one-sided section between
 * them: a pair matched by chance inside an untranslated or added section sits far off the line its
 * neighbours are on, while a true anchor at the edge of such a section agrees with the neighbour on
 * its own side.
 */
export function dropJumps(chain: readonly Anchor[]): Anchor[] {
  const plausible = (a: Anchor, b: Anchor) => {
    const di = Math.abs(b.zh - a.zh);
    const dj = Math.abs(b.en - a.en);
    return Math.abs(di - dj) <= JUMP_SLACK + JUMP_SHARE * Math.max(di, dj);
  };
  if (chain.length < 3) return [...chain];
  return chain.filter((anchor, k) => {
    const before = chain[k - 1];
    const after = chain[k + 1];
    return (before !== undefined && plausible(before, anchor)) || (after !== undefined && plausible(anchor, after));
  });
}
