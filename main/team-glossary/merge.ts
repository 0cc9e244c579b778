import type { TermEntry } from '../../glossary/engine/entry';
import { canonicalEntry, ENTRY_KEY_ORDER } from '../../glossary/engine/serialize';
import { canonicalJson, sameValue } from './canonical';

/**
 * Three-way merge of two versions of the team glossary against their merge base, entry by entry and
 * field by field. Pure: git I/O and attribution (who, when) happen in the caller.
 *
 * - An entry or field changed on one side only takes that side's value.
 * - The same change on both sides is no conflict.
 * - List fields (alternates, tags, variants, forbidden renderings, sources, usage history) merge as sets,
 *   so two translators adding different alternates both keep theirs; it is a conflict only when the
 *   union would hold two different versions of the same item (same forbidden text, different reasons).
 * - The same field changed differently on both sides is a conflict. So is an entry deleted on one side and
 *   edited on the other. The merged glossary then keeps "theirs" (what the team already shares) for a
 *   conflicting field, and the edited version for a delete/edit conflict: nothing is removed until the
 *   translator decides, and the losing value is kept in the conflict record.
 * - `createdBy/At` and `modifiedBy/At` are bookkeeping, not content: the first creation and the latest edit
 *   win, never a conflict.
 */

export type TermField = Exclude<keyof TermEntry, 'id'>;

/** Content fields in schema order (the order entries are serialized in). */
export const TERM_FIELDS = ENTRY_KEY_ORDER.filter((key): key is TermField => key !== 'id');
const BOOKKEEPING_FIELDS: ReadonlySet<TermField> = new Set(['createdBy', 'createdAt', 'modifiedBy', 'modifiedAt']);

/** For list fields: what makes two items "the same item" (so differing copies are a conflict, not a union). */
const LIST_ITEM_IDENTITY: Partial<Record<TermField, (item: unknown) => string>> = {
  alternates: (item) => String(item),
  tags: (item) => String(item),
  variants: (item) => (item as { text: string }).text,
  forbidden: (item) => (item as { text: string }).text,
  sources: (item) => {
    const source = item as { authority: string; reference?: string };
    return `${source.authority}\u0000${source.reference ?? ''}`;
  },
  history: (item) => {
    const usage = item as { en: string; from?: string };
    return `${usage.en}\u0000${usage.from ?? ''}`;
  },
};

export type GlossaryVersion = ReadonlyMap<string, TermEntry>;

/** One side of a conflict: a field value (field conflicts), a whole entry (delete/edit), or a deletion. */
export interface ConflictSide {
  deleted: boolean;
  value?: unknown;
}

export interface MergeConflict {
  entryId: string;
  /** The conflicting field, or null when the whole entry conflicts (deleted on one side, edited on the other). */
  field: TermField | null;
  /** The merge base's value (field value or whole entry), absent when the field or entry was new. */
  base?: unknown;
  mine: ConflictSide;
  theirs: ConflictSide;
}

export interface MergeResult {
  entries: Map<string, TermEntry>;
  conflicts: MergeConflict[];
  /** Entries whose merged content differs from "mine" (what the merge brought in). */
  changedFromMine: string[];
}

export function mergeGlossaries(base: GlossaryVersion, mine: GlossaryVersion, theirs: GlossaryVersion): MergeResult {
  const entries = new Map<string, TermEntry>();
  const conflicts: MergeConflict[] = [];
  const changedFromMine: string[] = [];
  const ids = [...new Set([...base.keys(), ...mine.keys(), ...theirs.keys()])].sort();

  for (const id of ids) {
    const merged = mergeEntry(id, base.get(id), mine.get(id), theirs.get(id));
    conflicts.push(...merged.conflicts);
    if (merged.entry) entries.set(id, merged.entry);
    if (!sameValue(merged.entry, mine.get(id))) changedFromMine.push(id);
  }
  return { entries, conflicts, changedFromMine };
}

interface EntryMerge {
  entry: TermEntry | undefined;
  conflicts: MergeConflict[];
}

export function mergeEntry(id: string, base: TermEntry | undefined, mine: TermEntry | undefined, theirs: TermEntry | undefined): EntryMerge {
  if (sameValue(mine, theirs)) return { entry: mine, conflicts: [] };
  if (sameValue(base, mine)) return { entry: theirs, conflicts: [] };
  if (sameValue(base, theirs)) return { entry: mine, conflicts: [] };
  if (!mine || !theirs) {
    // Deleted on one side, edited on the other: keep the edited version until the translator decides.
    const conflict: MergeConflict = {
      entryId: id,
      field: null,
      base,
      mine: mine ? { deleted: false, value: mine } : { deleted: true },
      theirs: theirs ? { deleted: false, value: theirs } : { deleted: true },
    };
    return { entry: mine ?? theirs, conflicts: [conflict] };
  }
  return mergeFields(id, base, mine, theirs);
}

function mergeFields(id: string, base: TermEntry | undefined, mine: TermEntry, theirs: TermEntry): EntryMerge {
  const conflicts: MergeConflict[] = [];
  const merged: Record<string, unknown> = { id };
  for (const field of TERM_FIELDS) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const baseValue = base?.[field];
    const mineValue = mine[field];
    const theirsValue = theirs[field];
    let value: unknown;
    if (sameValue(mineValue, theirsValue) || sameValue(baseValue, theirsValue)) value = mineValue;
    else if (sameValue(baseValue, mineValue)) value = theirsValue;
    else {
      const union = mergeListField(field, baseValue, mineValue, theirsValue);
      if (union) value = union;
      else {
        value = theirsValue;
        conflicts.push({
          entryId: id,
          field,
          ...(baseValue === undefined ? {} : { base: baseValue }),
          mine: fieldSide(mineValue),
          theirs: fieldSide(theirsValue),
        });
      }
    }
    if (value !== undefined) merged[field] = value;
  }
  // Both added the same id: the earlier creation is the creation.
  const first = base ?? ((theirs.createdAt ?? '') < (mine.createdAt ?? '') ? theirs : mine);
  if (first.createdBy !== undefined) merged.createdBy = first.createdBy;
  if (first.createdAt !== undefined) merged.createdAt = first.createdAt;
  const latest = (theirs.modifiedAt ?? '') > (mine.modifiedAt ?? '') ? theirs : mine;
  if (latest.modifiedBy !== undefined) merged.modifiedBy = latest.modifiedBy;
  if (latest.modifiedAt !== undefined) merged.modifiedAt = latest.modifiedAt;
  return { entry: canonicalEntry(merged as TermEntry) as TermEntry, conflicts };
}

/** A removed optional field (a cleared note) is a side that holds "no value", not a deleted entry. */
function fieldSide(value: unknown): ConflictSide {
  return value === undefined ? { deleted: false } : { deleted: false, value };
}

/**
 * Three-way set merge of a list field: items in the base stay unless a side removed them, items added on
 * either side are kept (mine's order first). Null when the result would hold two versions of one item.
 */
export function mergeListField(field: TermField, base: unknown, mine: unknown, theirs: unknown): unknown[] | null {
  const identity = LIST_ITEM_IDENTITY[field];
  if (!identity || !Array.isArray(mine) || !Array.isArray(theirs)) return null;
  const baseItems = new Set((Array.isArray(base) ? base : []).map(canonicalJson));
  const theirsItems = new Set(theirs.map(canonicalJson));
  const mineItems = new Set(mine.map(canonicalJson));
  const result: unknown[] = [];
  const seen = new Set<string>();
  const keep = (item: unknown) => {
    const key = canonicalJson(item);
    if (seen.has(key)) return;
    seen.add(key);
    result.push(item);
  };
  for (const item of mine) {
    const key = canonicalJson(item);
    if (!baseItems.has(key) || theirsItems.has(key)) keep(item);
  }
  for (const item of theirs) {
    const key = canonicalJson(item);
    if (!baseItems.has(key) && !mineItems.has(key)) keep(item);
  }
  const identities = result.map(identity);
  if (new Set(identities).size !== identities.length) return null;
  return result;
}
