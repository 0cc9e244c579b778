// `npm run bench:align`: strict and lax precision/recall/F1 of the aligner and of the Gale-Church
// baseline on pol-dev and mac-dev (../shared/bench/align, read at run time), plus the speed on a
// synthetic 5,000 × 6,500-sentence text, and on one of the same size where a 500-sentence section of
// the Chinese is left untranslated and a 650-sentence section is added to the English. Exports run()
// for `npm run bench`.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types';
import { loadGoldSet, type GoldDocument } from '../../main/alignment/calibration/gold-corpus';
import { alignSegments } from '../../main/alignment/aligner';
import { galeChurchAlign } from '../../main/alignment/gale-church';
import { scoreAlignments, type AlignmentScores } from '../../main/alignment/score';
import { loadAlignmentResources } from '../../main/alignment/resources';
import { syntheticParallelText, withOneSidedSections } from '../../main/alignment/calibration/synthetic-text';
import type { AlignOptions, Bead } from '../../main/alignment/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function scoreSet(documents: GoldDocument[], align: (doc: GoldDocument) => Bead[]): AlignmentScores {
  return scoreAlignments(documents.map((doc) => ({ gold: doc.gold, test: align(doc) })));
}

const f = (x: number) => x.toFixed(3);

export async function run(): Promise<BenchResult[]> {
  const resources = await loadAlignmentResources();
  const options: AlignOptions = { lexicon: resources.lexicon, pinyin: resources.pinyin, terms: resources.terms };
  const results: BenchResult[] = [];
  const rows: string[] = [];
  for (const set of ['pol-dev', 'mac-dev'] as const) {
    const documents = await loadGoldSet(repoRoot, set);
    const ours = scoreSet(documents, (doc) => alignSegments(doc.zh, doc.en, options));
    const baseline = scoreSet(documents, (doc) => galeChurchAlign(doc.zh, doc.en));
    for (const [name, s] of [['duizhao', ours], ['gale-church', baseline]] as const) {
      rows.push(`| ${set} | ${name} | ${f(s.strict.precision)} | ${f(s.strict.recall)} | ${f(s.strict.f1)} | ${f(s.lax.precision)} | ${f(s.lax.recall)} | ${f(s.lax.f1)} |`);
    }
    results.push({
      name: `${set} strict F1`,
      figure: f(ours.strict.f1),
      ratio: ours.strict.f1 / baseline.strict.f1,
      baseline: `Gale-Church strict F1 ${f(baseline.strict.f1)}`,
      target: set === 'pol-dev' ? 'F1 ≥ 0.93' : 'F1 ≥ 0.75',
    });
  }
  console.log('| set | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  // Speed: 5,000 × 6,500 synthetic sentences, against Gale-Church on a 1,000 × 1,300 text (its full table).
  const big = syntheticParallelText(5000, 6500, 42);
  const timed = <T>(work: () => T) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = work();
    return { value, seconds: (performance.now() - start) / 1000, cpu: process.cpuUsage(cpu).user / 1e6 };
  };
  const { seconds, cpu } = timed(() => alignSegments(big.zh, big.en, options));
  const small = syntheticParallelText(1000, 1300, 7);
  const t1 = performance.now();
  galeChurchAlign(small.zh, small.en);
  const baselineSeconds = (performance.now() - t1) / 1000;
  console.log(`\n5,000 × 6,500 sentences: ${seconds.toFixed(2)} s, CPU ${cpu.toFixed(2)} s (Gale-Church full table, 1,000 × 1,300: ${baselineSeconds.toFixed(2)} s)`);
  results.push({
    name: 'align 5,000 × 6,500 sentences',
    figure: `${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`,
    ratio: seconds / baselineSeconds,
    baseline: `time ratio to Gale-Church full table on 1,000 × 1,300 (${baselineSeconds.toFixed(2)} s)`,
    target: '< 3 s',
  });
  // One-sided sections at scale: each sentence carries a figure of its own, as articles do, so anchors exist.
  const base = syntheticParallelText(4500, 5850, 42, { figures: true });
  const sections = withOneSidedSections(base, [
    { at: 1000, zh: syntheticParallelText(500, 500, 5, { figures: true }).zh },
    { at: 3000, en: syntheticParallelText(650, 650, 6, { figures: true }).en },
  ]);
  const { value: sectionBeads, seconds: sectionSeconds, cpu: sectionCpu } = timed(() => alignSegments(sections.zh, sections.en, options));
  const sectionScores = scoreAlignments([{ gold: sections.gold, test: sectionBeads }]);
  console.log(`5,000 × 6,500 with a 500-sentence section dropped and a 650-sentence section added: ${sectionSeconds.toFixed(2)} s, CPU ${sectionCpu.toFixed(2)} s, strict F1 ${f(sectionScores.strict.f1)}`);
  results.push({
    name: 'align 5,000 × 6,500 sentences with one-sided sections',
    figure: `${sectionSeconds.toFixed(2)} s (CPU ${sectionCpu.toFixed(2)} s), strict F1 ${f(sectionScores.strict.f1)}`,
    ratio: sectionSeconds / baselineSeconds,
    baseline: `time ratio to Gale-Church full table on 1,000 × 1,300 (${baselineSeconds.toFixed(2)} s)`,
    target: '< 3 s',
  });
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  for (const r of results) console.log(`${r.name}: ${r.figure} (ratio ${r.ratio.toFixed(2)} vs ${r.baseline}; target ${r.target})`);
}
