import { termEntrySchema, type TermEntry } from '../../glossary/engine/entry';
import { UserFacingError } from '../common/errors';
import { sameValue } from './canonical';
import { canonicalEntry } from '../../glossary/engine/serialize';
import { type ConflictSide, type GlossaryVersion, type MergeConflict, type TermField } from './merge';

/** Who made one side of a conflict and when: the commit that last changed the entry on that side. */
export interface ConflictAuthor {
  by: string;
  /** ISO time. */
  at: string;
  commit: string;
}

export type TeamConflictSide = ConflictSide & ConflictAuthor;

/** A conflict as stored until the translator resolves it. "mine" is this translator's side. */
export interface TeamConflict {
  /** `<entryId>/<field>`, or `<entryId>/*` when the whole entry conflicts (deleted on one side). */
  id: string;
  entryId: string;
  /** Chinese term, so the translator recognises the entry. */
  zh: string;
  field: TermField | null;
  base?: unknown;
  mine: TeamConflictSide;
  theirs: TeamConflictSide;
  /** What the team glossary held for it when last looked at (theirs, or the edited side of a delete/edit). */
  held: ConflictSide;
  detectedAt: string;
}

export type ResolutionChoice = 'mine' | 'theirs' | 'combined';

export function conflictId(entryId: string, field: TermField | null): string {
  return `${entryId}/${field ?? '*'}`;
}

export function toTeamConflict(conflict: MergeConflict, zh: string, mine: ConflictAuthor, theirs: ConflictAuthor, detectedAt: string): TeamConflict {
  return {
    id: conflictId(conflict.entryId, conflict.field),
    entryId: conflict.entryId,
    zh,
    field: conflict.field,
    ...(conflict.base === undefined ? {} : { base: conflict.base }),
    mine: { ...conflict.mine, ...mine },
    theirs: { ...conflict.theirs, ...theirs },
    held: conflict.field === null && conflict.theirs.deleted ? conflict.mine : conflict.theirs,
    detectedAt,
  };
}

/** Adds new conflicts to the stored ones; a newer conflict on the same entry and field replaces the older. */
export function addConflicts(stored: readonly TeamConflict[], found: readonly TeamConflict[]): TeamConflict[] {
  const byId = new Map(stored.map((conflict) => [conflict.id, conflict]));
  for (const conflict of found) {
    // A field conflict on an entry that already has a whole-entry conflict is part of that one.
    if (conflict.field !== null && byId.has(conflictId(conflict.entryId, null))) continue;
    byId.set(conflict.id, conflict);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** What the team glossary now holds for a conflict's field (or entry): the current "theirs". */
export function currentSide(conflict: TeamConflict, entries: GlossaryVersion): ConflictSide {
  const entry = entries.get(conflict.entryId);
  if (!entry) return { deleted: true };
  if (conflict.field === null) return { deleted: false, value: entry };
  const value = entry[conflict.field];
  return value === undefined ? { deleted: false } : { deleted: false, value };
}

export function sameSide(a: ConflictSide, b: ConflictSide): boolean {
  return a.deleted === b.deleted && sameValue(a.value, b.value);
}

/** True when the team glossary no longer holds what it held for the conflict when it was recorded. */
export function conflictOutdated(conflict: TeamConflict, entries: GlossaryVersion): boolean {
  return !sameSide(currentSide(conflict, entries), conflict.held);
}

/**
 * After the team glossary moved (a sync brought others' edits), a stored conflict must show what the team
 * holds now, or resolving it as "mine" would silently overwrite an edit nobody saw. Returns the conflict
 * updated, or null when the team already holds "mine" (someone else settled it the same way).
 * `author` is who made the current team version.
 */
export function refreshConflict(
  conflict: TeamConflict,
  before: GlossaryVersion,
  after: GlossaryVersion,
  author: ConflictAuthor,
): TeamConflict | null {
  const now = currentSide(conflict, after);
  if (sameSide(now, conflict.held)) return conflict;
  const previous = before.get(conflict.entryId);
  if (conflict.field !== null && now.deleted && previous) {
    // The entry was deleted since: the conflict becomes "keep the entry with my value, or let it go".
    return {
      ...conflict,
      id: conflictId(conflict.entryId, null),
      field: null,
      base: previous,
      mine: { ...conflict.mine, deleted: false, value: entryWithSide(previous, conflict.field, conflict.mine) },
      theirs: { deleted: true, ...author },
      held: now,
    };
  }
  if (sameSide(now, conflict.mine)) return null;
  return { ...conflict, theirs: { ...now, ...author }, held: now };
}

/** The entry with one field set to a conflict side's value (a side without a value clears the field). */
export function entryWithSide(entry: TermEntry, field: TermField, side: ConflictSide): TermEntry {
  const next: Record<string, unknown> = { ...entry };
  if (side.value === undefined) delete next[field];
  else next[field] = side.value;
  return validated(next, entry.id);
}

/**
 * The entry to commit for a resolution: null deletes it. `current` is the entry as the team glossary
 * holds it now; `combined` is the translator's own value (a field value, or a whole entry).
 */
export function resolvedEntry(conflict: TeamConflict, choice: ResolutionChoice, current: TermEntry | undefined, combined?: unknown): TermEntry | null {
  const side: ConflictSide =
    choice === 'mine' ? conflict.mine : choice === 'theirs' ? conflict.theirs : { deleted: false, value: combined };
  if (choice === 'combined' && combined === undefined) {
    throw new UserFacingError('TEAM_BAD_RESOLUTION', 'A combined resolution needs the combined value.', 'Give the value that should replace both sides.');
  }
  if (conflict.field === null) {
    if (side.deleted) return null;
    return validated({ ...(side.value as Record<string, unknown>), id: conflict.entryId }, conflict.entryId);
  }
  if (!current) {
    throw new UserFacingError('TEAM_CONFLICT_STALE', `The entry ${conflict.entryId} is no longer in the team glossary.`, 'Sync, then resolve the conflict again.');
  }
  return entryWithSide(current, conflict.field, side);
}

function validated(entry: Record<string, unknown>, id: string): TermEntry {
  const parsed = termEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
    throw new UserFacingError('TEAM_BAD_RESOLUTION', `That value does not make a valid entry for ${id}: ${issues}.`, 'Correct the value and resolve again.');
  }
  return canonicalEntry(parsed.data) as TermEntry;
}
