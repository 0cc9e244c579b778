import type { ApiParams } from '../../../main/api/contract';
import type { GlossaryLayer, TermEntry } from '../../../glossary/engine/entry';
import type { ResolvedEntry } from '../../../glossary/engine/layers';
import type { SegmentTermMatch, SegmentTerms } from '../../../glossary/engine/match-segment';

export type { ResolvedEntry, SegmentTermMatch, SegmentTerms, TermEntry, GlossaryLayer };
export type NewTerm = ApiParams<'glossary.add'>['entry'];
export type TermPatch = ApiParams<'glossary.edit'>['patch'];

/**
 * What the editor needs from the glossary service (main/api/contract/glossary.ts), in one place so
 * the views depend on this shape only.
 */
export interface GlossaryPort {
  /** Terms of every segment of an open project, with offsets in the cleaned and in the original text. */
  matchProject(handle: string): Promise<SegmentTerms[]>;
  search(text: string, limit?: number): Promise<{ total: number; entries: ResolvedEntry[] }>;
  /** Adds to the personal glossary. */
  add(entry: NewTerm): Promise<TermEntry>;
  /** Edits an entry; a built-in or team entry gets a personal override with the same id. */
  edit(id: string, patch: TermPatch): Promise<TermEntry>;
  deprecate(id: string, reason?: string): Promise<TermEntry>;
}
