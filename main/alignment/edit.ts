import type { Bead } from './types';

/**
 * The review view's bead editing, as pure functions over a bead list: merge, split, shift, unlink, with
 * undo and redo. Every operation keeps the invariant the aligner guarantees: each sentence of each
 * side is in exactly one bead, in order. Edited beads get confidence 1 (the translator decided).
 * No Node imports: the renderer uses this file directly.
 */
export type Side = 'zh' | 'en';

export interface ReviewHistory {
  beads: readonly Bead[];
  past: ReadonlyArray<readonly Bead[]>;
  future: ReadonlyArray<readonly Bead[]>;
}

export function startReview(beads: readonly Bead[]): ReviewHistory {
  return { beads, past: [], future: [] };
}

/** Applies an edit; an edit that changes nothing leaves the history as it was. */
export function applyEdit(history: ReviewHistory, edit: (beads: readonly Bead[]) => readonly Bead[]): ReviewHistory {
  const next = edit(history.beads);
  if (next === history.beads) return history;
  return { beads: next, past: [...history.past, history.beads], future: [] };
}

export function undo(history: ReviewHistory): ReviewHistory {
  if (history.past.length === 0) return history;
  return { beads: history.past[history.past.length - 1], past: history.past.slice(0, -1), future: [history.beads, ...history.future] };
}

export function redo(history: ReviewHistory): ReviewHistory {
  if (history.future.length === 0) return history;
  return { beads: history.future[0], past: [...history.past, history.beads], future: history.future.slice(1) };
}

const decided = (zh: number[], en: number[]): Bead => ({ zh, en, confidence: 1 });

/** Bead `index` and the next one become one bead. */
export function mergeWithNext(beads: readonly Bead[], index: number): readonly Bead[] {
  if (index < 0 || index + 1 >= beads.length) return beads;
  const merged = decided([...beads[index].zh, ...beads[index + 1].zh], [...beads[index].en, ...beads[index + 1].en]);
  return [...beads.slice(0, index), merged, ...beads.slice(index + 2)];
}

/**
 * Splits bead `index` in two: the first keeps `zhCount` Chinese and `enCount` English sentences, the
 * second the rest. Splitting a 1-2 bead with (1, 1) gives a 1-1 and a 0-1 bead.
 */
export function splitBead(beads: readonly Bead[], index: number, zhCount: number, enCount: number): readonly Bead[] {
  const bead = beads[index];
  if (!bead) return beads;
  if (zhCount < 0 || enCount < 0 || zhCount > bead.zh.length || enCount > bead.en.length) return beads;
  const first = decided(bead.zh.slice(0, zhCount), bead.en.slice(0, enCount));
  const second = decided(bead.zh.slice(zhCount), bead.en.slice(enCount));
  if (isEmpty(first) || isEmpty(second)) return beads;
  return [...beads.slice(0, index), first, second, ...beads.slice(index + 1)];
}

/**
 * The review view's Split button: the first half of each side stays, the rest becomes a new bead
 * (1-2 → 1-1 + 0-1, 2-1 → 1-1 + 1-0, 1-3 → 1-2 + 0-1). A 1-1 bead is unlinked instead.
 */
export function splitBeadInHalf(beads: readonly Bead[], index: number): readonly Bead[] {
  const bead = beads[index];
  if (!bead) return beads;
  if (bead.zh.length <= 1 && bead.en.length <= 1) return unlink(beads, index);
  return splitBead(beads, index, Math.ceil(bead.zh.length / 2), Math.ceil(bead.en.length / 2));
}

/**
 * Moves the boundary between bead `index` and the next one on one side: `+1` pulls the next bead's
 * first sentence into this bead, `-1` pushes this bead's last sentence into the next. A bead left
 * with no sentence on either side disappears.
 */
export function shiftBoundary(beads: readonly Bead[], index: number, side: Side, direction: 1 | -1): readonly Bead[] {
  const bead = beads[index];
  const next = beads[index + 1];
  if (!bead || !next) return beads;
  let a = bead[side];
  let b = next[side];
  if (direction === 1) {
    if (b.length === 0) return beads;
    a = [...a, b[0]];
    b = b.slice(1);
  } else {
    if (a.length === 0) return beads;
    b = [a[a.length - 1], ...b];
    a = a.slice(0, -1);
  }
  const changed = [decided(side === 'zh' ? a : bead.zh, side === 'en' ? a : bead.en), decided(side === 'zh' ? b : next.zh, side === 'en' ? b : next.en)].filter((x) => !isEmpty(x));
  return [...beads.slice(0, index), ...changed, ...beads.slice(index + 2)];
}

/** The bead's sentences stop being a pair: its Chinese becomes untranslated, its English unmatched. */
export function unlink(beads: readonly Bead[], index: number): readonly Bead[] {
  const bead = beads[index];
  if (!bead || bead.zh.length === 0 || bead.en.length === 0) return beads;
  return [...beads.slice(0, index), decided(bead.zh, []), decided([], bead.en), ...beads.slice(index + 1)];
}

function isEmpty(bead: Bead): boolean {
  return bead.zh.length === 0 && bead.en.length === 0;
}

/** Checks the invariant: every sentence of both sides once, in order. Returns a problem or undefined. */
export function checkBeads(beads: readonly Pick<Bead, 'zh' | 'en'>[], zhCount: number, enCount: number): string | undefined {
  let nextZh = 0;
  let nextEn = 0;
  for (const [k, bead] of beads.entries()) {
    for (const i of bead.zh) {
      if (i !== nextZh++) return `bead ${k}: Chinese sentence ${i} is out of order (expected ${nextZh - 1})`;
    }
    for (const j of bead.en) {
      if (j !== nextEn++) return `bead ${k}: English sentence ${j} is out of order (expected ${nextEn - 1})`;
    }
  }
  if (nextZh !== zhCount) return `the beads cover ${nextZh} of ${zhCount} Chinese sentences`;
  if (nextEn !== enCount) return `the beads cover ${nextEn} of ${enCount} English sentences`;
  return undefined;
}

/** Beads below this confidence are marked for the translator's attention. */
export const LOW_CONFIDENCE = 0.5;
