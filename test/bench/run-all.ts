// `npm run bench`: runs every test/bench/*.bench.ts (each exports `run(): Promise<BenchResult[]>`) one
// after another, so they do not compete for the two cores, and prints one table.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchResult } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: Array<BenchResult & { bench: string }> = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchResult[]> };
  if (typeof mod.run !== 'function') {
    console.log(`${file}: no run() export, skipped`);
    continue;
  }
  console.log(`\n# ${file}`);
  const results = await mod.run();
  for (const r of results) rows.push({ ...r, bench: file.replace('.bench.ts', '') });
}

console.log('\n| bench | measure | figure | ratio | against | target |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.bench} | ${r.name} | ${r.figure} | ${r.ratio.toFixed(2)} | ${r.baseline} | ${r.target ?? ''} |`);
}
