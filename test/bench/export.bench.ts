// Exporting a 2,000-segment project (seed 000's sentences repeated, every one translated) to each format,
// timed against JSON.stringify of the same project (what saving it costs) measured in the same run.
// Target: under 1 s for each .docx. `node --import tsx test/bench/export.bench.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './types';
import { exportProject } from '../../main/export/export-project';
import { EXPORT_FORMATS } from '../../main/export/formats';
import { largeProject } from '../unit/export/helpers/sample-project';

const SEGMENTS = 2000;
const RUNS = 3;

/** Median wall time, and the CPU time of that run: on a shared, loaded machine the CPU time says more. */
async function median(work: () => unknown): Promise<{ ms: number; cpuMs: number }> {
  const runs: Array<{ ms: number; cpuMs: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await work();
    const used = process.cpuUsage(cpu);
    runs.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  }
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)];
}

export async function run(): Promise<BenchResult[]> {
  const project = await largeProject(SEGMENTS);
  await exportProject(project, 'docx-table'); // warm-up: load docx and jszip once
  const baselineMs = (await median(() => JSON.stringify(project, null, 2))).ms;
  const results: BenchResult[] = [];
  for (const format of EXPORT_FORMATS) {
    let size = 0;
    const { ms, cpuMs } = await median(async () => {
      size = (await exportProject(project, format)).bytes.length;
    });
    results.push({
      name: `${format}, ${SEGMENTS} segments (${(size / 1024).toFixed(0)} KB)`,
      figure: `${(ms / 1000).toFixed(3)} s (CPU ${(cpuMs / 1000).toFixed(3)} s)`,
      ratio: ms / baselineMs,
      baseline: `JSON.stringify of the project (${baselineMs.toFixed(1)} ms); ratio = time / baseline`,
      target: format.startsWith('docx') ? '< 1 s' : undefined,
    });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name}: ${r.figure} (×${r.ratio.toFixed(1)} ${r.baseline})${r.target ? ` target ${r.target}` : ''}`);
}
