import { termEntrySchema, type TermEntry } from '../engine/entry';
import { canonicalEntry } from '../engine/serialize';

/**
 * Formats that lack a field (TSV has no "forbidden", TBX no usage history or entry status) carry the
 * whole entry in one note or column, prefixed `duizhao:`, so a round trip keeps every field. On import
 * the format's own fields win over it: an edit made in OmegaT or memoQ is kept.
 */
export const EXTRAS_PREFIX = 'duizhao:';

export function encodeExtras(entry: TermEntry): string {
  return EXTRAS_PREFIX + JSON.stringify(canonicalEntry(entry));
}

export function isExtras(text: string): boolean {
  return text.trimStart().startsWith(EXTRAS_PREFIX);
}

/** The entry carried in a `duizhao:` note, or a reason it cannot be read. */
export function decodeExtras(text: string): { entry?: Partial<TermEntry>; error?: string } {
  const json = text.trimStart().slice(EXTRAS_PREFIX.length);
  try {
    const data = JSON.parse(json) as unknown;
    const parsed = termEntrySchema.partial().safeParse(data);
    if (!parsed.success) return { error: `the ${EXTRAS_PREFIX} note does not describe an entry: ${parsed.error.issues[0]?.message}` };
    return { entry: parsed.data as Partial<TermEntry> };
  } catch (error) {
    return { error: `the ${EXTRAS_PREFIX} note is not valid JSON: ${(error as Error).message}` };
  }
}
