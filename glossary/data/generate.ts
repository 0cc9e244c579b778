// Regenerates glossary/data/political-terms.json from the hand-written sources in ./sources.
// Usage: node --import tsx glossary/data/generate.ts          (write the file)
//        node --import tsx glossary/data/generate.ts --check  (exit 1 when the file is out of date)
//        node --import tsx glossary/data/generate.ts --coverage  (print entries per domain as a Markdown table)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../main/common/atomic-write';
import { buildTermEntries, coverageByDomain, createOpenccConverters, serializeTermBase } from './build-term-base';
import { ALL_SOURCE_TERMS } from './sources';

export const TERM_BASE_PATH = fileURLToPath(new URL('./political-terms.json', import.meta.url));

async function main(): Promise<void> {
  const entries = buildTermEntries(ALL_SOURCE_TERMS, createOpenccConverters());
  const text = serializeTermBase(entries);
  if (process.argv.includes('--coverage')) {
    const approved = entries.filter((entry) => entry.status === 'approved').length;
    console.log(`${entries.length} entries: ${approved} approved, ${entries.length - approved} proposed\n`);
    console.log('| domain | entries | approved | proposed |\n|---|---:|---:|---:|');
    for (const row of coverageByDomain(entries)) console.log(`| ${row.domain} | ${row.total} | ${row.approved} | ${row.proposed} |`);
    return;
  }
  if (process.argv.includes('--check')) {
    const current = await readFile(TERM_BASE_PATH, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('political-terms.json is out of date: run node --import tsx glossary/data/generate.ts');
      process.exit(1);
    }
    console.log('political-terms.json is up to date.');
    return;
  }
  await writeFileAtomic(TERM_BASE_PATH, text);
  console.log(`Wrote ${ALL_SOURCE_TERMS.length} entries to ${TERM_BASE_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
