import { z } from 'zod';
import { UserFacingError } from '../common/errors';
import { memoryEntrySchema } from './memory-file';
import type { MemoryEntry } from './types';

/**
 * The translation memory's journal (`translation-memory.journal.jsonl`): the changes made since the
 * memory file was last written whole, one JSON line each, so that confirming a segment appends a line
 * instead of rewriting a memory of 100,000 pairs. Pure: changes in, text out; text in, entries out.
 * Records are idempotent (put an entry by id, remove by id): replaying a journal over a memory file
 * that already holds its changes (a crash between writing the file and removing the journal) gives the
 * same entries.
 */
const recordSchema = z.union([z.object({ put: memoryEntrySchema }), z.object({ remove: z.string().min(1) })]);

export interface JournalChanges {
  /** New or changed entries. */
  put: readonly MemoryEntry[];
  /** Ids of entries that are gone. */
  remove: readonly string[];
}

export function journalLines(changes: JournalChanges): string {
  let text = '';
  for (const entry of changes.put) text += JSON.stringify({ put: entry }) + '\n';
  for (const id of changes.remove) text += JSON.stringify({ remove: id }) + '\n';
  return text;
}

export interface ReplayedJournal {
  entries: MemoryEntry[];
  /** Records read. */
  records: number;
  /** The last line was cut short (a crash while it was being appended, before the write was confirmed). */
  tornTail: boolean;
}

/** The memory file's entries with the journal's changes applied in order. */
export function replayJournal(entries: readonly MemoryEntry[], raw: string, file: string): ReplayedJournal {
  const next = entries.slice();
  const position = new Map<string, number>();
  next.forEach((entry, i) => position.set(entry.id, i));
  const removed = new Set<number>();
  const lines = raw.split('\n');
  // Every complete line ends with a newline; what follows the last one was never confirmed.
  const tail = lines.pop()!;
  let records = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const record = parseRecord(line);
    if (!record) throw damaged(file, index + 1);
    records++;
    if ('put' in record) {
      const at = position.get(record.put.id);
      if (at === undefined || removed.has(at)) {
        position.set(record.put.id, next.length);
        next.push(record.put as MemoryEntry);
      } else {
        next[at] = record.put as MemoryEntry;
      }
    } else {
      const at = position.get(record.remove);
      if (at !== undefined) removed.add(at);
      position.delete(record.remove);
    }
  });
  return { entries: removed.size ? next.filter((_, i) => !removed.has(i)) : next, records, tornTail: tail.trim() !== '' };
}

function parseRecord(line: string): z.infer<typeof recordSchema> | undefined {
  try {
    const result = recordSchema.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function damaged(file: string, line: number): UserFacingError {
  return new UserFacingError(
    'MEMORY_CORRUPT',
    `The translation memory journal ${file} is damaged (line ${line} is not a change Duizhao wrote) and was left untouched.`,
    'Restore it from a backup or move it aside (the memory then lacks the changes it held).',
  );
}
