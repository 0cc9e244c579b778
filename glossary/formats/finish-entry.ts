import { termEntrySchema, type TermEntry, type TermEntryInput } from '../engine/entry';
import { newEntryId } from '../engine/entry-id';
import type { ImportOptions, ImportProblem } from './types';

/** Ids seen so far in one file, and those already taken where the entries will go. */
export class IdRegistry {
  private readonly seen = new Set<string>();
  constructor(private readonly taken: ReadonlySet<string> = new Set()) {}
  has(id: string): boolean {
    return this.seen.has(id) || this.taken.has(id);
  }
  seenInFile(id: string): boolean {
    return this.seen.has(id);
  }
  add(id: string): void {
    this.seen.add(id);
  }
}

/**
 * Turns what an importer gathered into a valid entry: an id when the file gave none, a source naming the
 * file for entries without one, schema validation with the problem located for the user.
 */
export function finishEntry(draft: Partial<TermEntryInput>, where: string, ids: IdRegistry, options: ImportOptions): { entry?: TermEntry; problem?: ImportProblem } {
  const candidate: Partial<TermEntryInput> = { status: 'approved', ...draft };
  if (!candidate.zh) return { problem: { where, message: 'no Chinese term' } };
  if (!candidate.en) return { problem: { where, message: `no English rendering for ${candidate.zh}` } };
  if (candidate.id && ids.seenInFile(candidate.id)) return { problem: { where, message: `duplicate id "${candidate.id}" (an earlier entry in the file has it)` } };
  if (!candidate.id) candidate.id = newEntryId(candidate.zh, ids);
  if ((!candidate.sources || candidate.sources.length === 0) && options.fileName) candidate.sources = [{ authority: 'imported', reference: options.fileName }];
  const parsed = termEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
    return { problem: { where, message: detail } };
  }
  ids.add(parsed.data.id);
  return { entry: parsed.data };
}
