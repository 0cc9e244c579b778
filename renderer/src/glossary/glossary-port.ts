import type { ApiParams } from '../../../main/api/contract';
import type { EntryVersion } from '../../../main/api/contract/team';
import type { GlossaryLayer, TermEntry } from '../../../glossary/engine/entry';
import type { ResolvedEntry } from '../../../glossary/engine/layers';
import type { SegmentTermMatch, SegmentTerms } from '../../../glossary/engine/match-segment';

export type { ResolvedEntry, SegmentTermMatch, SegmentTerms, TermEntry, GlossaryLayer, EntryVersion };
export type NewTerm = ApiParams<'glossary.add'>['entry'];
export type TermPatch = ApiParams<'glossary.edit'>['patch'];
/** The glossaries a translator writes to. */
export type WritableLayer = 'personal' | 'team';

/**
 * What the editor needs from the glossary service (main/api/contract/glossary.ts) and, for the team
 * layer, from the team glossary (contract/team.ts), in one place so the views depend on this shape only.
 */
export interface GlossaryPort {
  /** Terms of every segment of an open project, with offsets in the cleaned and in the original text. */
  matchProject(handle: string): Promise<SegmentTerms[]>;
  search(text: string, limit?: number): Promise<{ total: number; entries: ResolvedEntry[] }>;
  add(entry: NewTerm, layer: WritableLayer): Promise<TermEntry>;
  /** Changes the named fields of the entry's version in `layer` (personal: a copy on top of a shared entry). */
  edit(id: string, patch: TermPatch, layer: WritableLayer): Promise<TermEntry>;
  deprecate(id: string, layer: WritableLayer, reason?: string): Promise<TermEntry>;
  remove(id: string, layer: WritableLayer): Promise<unknown>;
  /** Whether a team glossary is set up (so terms can be saved there). */
  teamConfigured(): Promise<boolean>;
  /** Who changed a team entry, what and when (from git), newest first. */
  history(id: string): Promise<EntryVersion[]>;
  /** Makes a team entry what the version `commit` left it. */
  revert(id: string, commit: string): Promise<TermEntry | null>;
  /** Calls back when the glossary changed (an edit here, a team sync, another window). */
  onChanged(listener: () => void): () => void;
}
