import type { TermEntry } from '../engine/entry';

export const GLOSSARY_FORMATS = ['tbx', 'tbx2', 'tsv', 'csv', 'xlsx', 'json'] as const;
/** tbx: TBX-Basic (ISO 30042:2019, DCA); tbx2: TBX 2 / martif (OmegaT); tsv: OmegaT glossary.txt; json: serializeEntries. */
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** One thing wrong in an imported file, located for a human: "line 12", "row 4, column forbidden", "conceptEntry 3 (id c12), line 40". */
export interface ImportProblem {
  where: string;
  message: string;
}

/** What an importer read: the entries that are valid, and a problem for each part that is not. */
export interface ImportResult {
  format: GlossaryFormat;
  entries: TermEntry[];
  problems: ImportProblem[];
}

/** Options every importer takes. */
export interface ImportOptions {
  /** Names the file in sources of entries that carry none (e.g. a plain OmegaT glossary). */
  fileName?: string;
  /** Ids already in use where the entries go, so new ids do not collide. */
  takenIds?: ReadonlySet<string>;
}
