import { z } from 'zod';
import { method } from './define';
import { termEntrySchema, type TermEntry } from '../../../glossary/engine/entry';
import type { TeamConflict } from '../../team-glossary/conflicts';
import type { EntryVersion, SyncReport, TeamStatus } from '../../team-glossary/types';

export type { TeamConflict, EntryVersion, SyncReport, TeamStatus };

/** The shared team glossary (git-backed): setup, sync, conflicts, history, and editing team entries. */
export const teamMethods = {
  'team.status': method<TeamStatus>()(z.object({})),
  /** Points the team glossary at an HTTPS git repository or a bare repository folder; validates before saving. */
  'team.configure': method<TeamStatus>()(
    z.object({ remote: z.string().min(1), token: z.string().optional(), username: z.string().optional() }),
  ),
  'team.sync': method<SyncReport>()(z.object({})),
  'team.entries': method<TermEntry[]>()(z.object({})),
  'team.saveEntry': method<TermEntry>()(z.object({ entry: termEntrySchema })),
  'team.deleteEntry': method<{ deleted: boolean }>()(z.object({ id: z.string().min(1) })),
  'team.conflicts': method<TeamConflict[]>()(z.object({})),
  /** `value` is the combined field value (or whole entry, for a delete/edit conflict) when choice is "combined". */
  'team.resolve': method<{ entry: TermEntry | null; sync: SyncReport }>()(
    z.object({ conflictId: z.string().min(1), choice: z.enum(['mine', 'theirs', 'combined']), value: z.unknown().optional() }),
  ),
  'team.history': method<EntryVersion[]>()(z.object({ id: z.string().min(1), limit: z.number().int().positive().optional() })),
  'team.revert': method<TermEntry | null>()(z.object({ id: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full commit id') })),
};
