// Prepare throughput (decode → clean → segment) on the five seeds repeated to 10 MB, against raw
// nodejieba `cut` on the same text, measured in the same run.
// Run alone: node --import tsx test/bench/prepare.bench.ts
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { prepareText } from '../../main/document/prepare';
import { createSimplifiedConverter } from '../../main/cleanup/script';
import { createJiebaSegmenter } from '../../main/segmentation/word-segmenter';
import type { BenchResult } from './types';

const TARGET_BYTES = 10 * 1024 * 1024;

function corpus(): string {
  const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
  const seeds = readdirSync(dir)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .sort()
    .map((name) => readFileSync(dir + name, 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const seed of seeds) {
      parts.push(seed);
      bytes += Buffer.byteLength(seed) + 2;
    }
  }
  return parts.join('\n\n');
}

/** Best of `runs` timings, in seconds. */
function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

export async function run(): Promise<BenchResult[]> {
  const text = corpus();
  const megabytes = Buffer.byteLength(text) / 1024 / 1024;
  const converter = createSimplifiedConverter();
  const segmenter = createJiebaSegmenter();
  segmenter.cut('预热');

  let segments = 0;
  const prepareSeconds = best(2, () => {
    segments = prepareText(text, 'bench', { converter }).segments.length;
  });
  let words = 0;
  const cutSeconds = best(2, () => {
    words = segmenter.cut(text).length;
  });
  const prepareRate = megabytes / prepareSeconds;
  const cutRate = megabytes / cutSeconds;
  console.log(`corpus: ${megabytes.toFixed(1)} MB (five seeds repeated), ${segments} segments, ${words} jieba words`);
  console.log(`prepare: ${prepareSeconds.toFixed(2)} s = ${prepareRate.toFixed(2)} MB/s`);
  console.log(`nodejieba cut: ${cutSeconds.toFixed(2)} s = ${cutRate.toFixed(2)} MB/s`);
  console.log(`ratio prepare/cut: ${(prepareRate / cutRate).toFixed(2)}`);
  return [
    {
      name: 'prepare throughput (10 MB of seeds)',
      figure: `${prepareRate.toFixed(2)} MB/s`,
      ratio: prepareRate / cutRate,
      baseline: `raw nodejieba cut on the same text (${cutRate.toFixed(2)} MB/s)`,
      target: 'ratio ≥ 0.5 (cleanup + segmentation no slower than twice a word cut)',
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await run();
}
