import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TermEntry } from '../../../glossary/engine/entry';
import { GlossaryIndex } from '../../../glossary/engine/glossary-index';

/** Shared by the glossary-data tests: the committed term base, the seed phrase list, the engine index over it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const termBaseText = readFileSync(`${repoRoot}glossary/data/political-terms.json`, 'utf8');
export const termBase = JSON.parse(termBaseText) as TermEntry[];

/** Every Chinese surface form of an entry: the canonical form and all its variants. */
export const surfacesOf = (entry: TermEntry): string[] => [entry.zh, ...entry.variants.map((variant) => variant.text)];

/** The entry whose canonical form or a variant is `zh`. */
export const entryFor = (zh: string): TermEntry | undefined => termBase.find((entry) => surfacesOf(entry).includes(zh));

/** The 164 researched seed phrases (Chinese only) and the seed articles each occurs in ("000".."004"). */
export const seedPhrases = readFileSync(new URL('./fixtures/seed-phrases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('zh\t'))
  .map((line) => {
    const [zh, occurs] = line.split('\t');
    return { zh: zh!, occursIn: occurs === '-' || !occurs ? [] : occurs.split(',') };
  });

/** The term base as the app matches it: one built-in layer in the engine's index. */
export const builtinIndex = (): GlossaryIndex =>
  GlossaryIndex.build(termBase.map((entry) => ({ entry, layer: 'builtin' as const, overrides: [] })));
