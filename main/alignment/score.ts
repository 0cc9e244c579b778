/**
 * Alignment quality as Vecalign and Bertalign measure it (../shared/bench/align/README.md): strict
 * (bead identical to a gold bead) and lax (bead overlaps the gold's links) precision, recall and F1,
 * with counts pooled over all documents before dividing.
 */
export interface BeadPair {
  zh: readonly number[];
  en: readonly number[];
}

export interface AlignmentCounts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

export interface AlignmentScores {
  strict: PrecisionRecallF1;
  lax: PrecisionRecallF1;
}

const beadKey = (bead: BeadPair) => `${bead.zh.join(',')}:${bead.en.join(',')}`;

/** Counts test beads against gold beads (the README's `counts(gold, test)`). */
export function countMatches(gold: readonly BeadPair[], test: readonly BeadPair[]): AlignmentCounts {
  const nonEmpty = (b: BeadPair) => b.zh.length > 0 || b.en.length > 0;
  const goldBeads = gold.filter(nonEmpty);
  const goldKeys = new Set(goldBeads.map(beadKey));
  const srcToTgt = new Map<number, Set<number>>();
  for (const bead of goldBeads) {
    for (const s of bead.zh) {
      const targets = srcToTgt.get(s) ?? new Set<number>();
      for (const t of bead.en) targets.add(t);
      srcToTgt.set(s, targets);
    }
  }
  const counts: AlignmentCounts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const seen = new Set<string>();
  for (const bead of test.filter(nonEmpty)) {
    const key = beadKey(bead);
    if (seen.has(key)) continue; // the test beads are a set
    seen.add(key);
    if (goldKeys.has(key)) {
      counts.tpStrict++;
      counts.tpLax++;
      continue;
    }
    counts.fpStrict++;
    const linked = bead.zh.some((s) => bead.en.some((t) => srcToTgt.get(s)?.has(t)));
    if (linked) counts.tpLax++;
    else counts.fpLax++;
  }
  return counts;
}

function add(a: AlignmentCounts, b: AlignmentCounts): AlignmentCounts {
  return { tpStrict: a.tpStrict + b.tpStrict, fpStrict: a.fpStrict + b.fpStrict, tpLax: a.tpLax + b.tpLax, fpLax: a.fpLax + b.fpLax };
}

const ZERO: AlignmentCounts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
const ratio = (tp: number, fp: number) => (tp + fp === 0 ? 0 : tp / (tp + fp));
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores a set of documents: one (gold, test) pair per document. */
export function scoreAlignments(documents: ReadonlyArray<{ gold: readonly BeadPair[]; test: readonly BeadPair[] }>): AlignmentScores {
  let precisionCounts = ZERO;
  let recallCounts = ZERO;
  const bothSides = (b: BeadPair) => b.zh.length > 0 && b.en.length > 0;
  for (const { gold, test } of documents) {
    precisionCounts = add(precisionCounts, countMatches(gold, test));
    // Recall is precision with the roles swapped and insertions/deletions left out.
    recallCounts = add(recallCounts, countMatches(test.filter(bothSides), gold.filter(bothSides)));
  }
  const build = (tpKey: 'tpStrict' | 'tpLax', fpKey: 'fpStrict' | 'fpLax'): PrecisionRecallF1 => {
    const precision = ratio(precisionCounts[tpKey], precisionCounts[fpKey]);
    const recall = ratio(recallCounts[tpKey], recallCounts[fpKey]);
    return { precision, recall, f1: harmonic(precision, recall) };
  };
  return { strict: build('tpStrict', 'fpStrict'), lax: build('tpLax', 'fpLax') };
}
