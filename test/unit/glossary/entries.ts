import { termEntrySchema, type TermEntry, type TermEntryInput } from '../../../glossary/engine/entry';

/** Builds a valid entry for tests: only what a test cares about needs to be given. */
export function entry(input: Partial<TermEntryInput> & { id: string; zh: string; en: string }): TermEntry {
  return termEntrySchema.parse({ status: 'approved', sources: [{ authority: 'Xinhua' }], ...input });
}
