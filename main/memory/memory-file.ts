import { z } from 'zod';
import { UserFacingError } from '../common/errors';
import type { MemoryEntry } from './types';

/**
 * The translation memory file (`translation-memory.json`): reading it into entries and writing them
 * back. Pure: text in, entries out. A file that is not exactly a memory this version understands is
 * refused with a message naming what is wrong, so the store never overwrites (and loses) it.
 */
export const MEMORY_FORMAT = 'duizhao-translation-memory';
export const MEMORY_VERSION = 1;

/** Unknown fields are kept, so a rewrite never drops what another version wrote. */
export const memoryEntrySchema = z.looseObject({
  id: z.string().min(1),
  zh: z.string(),
  en: z.string(),
  origin: z.enum(['confirmed', 'aligned', 'imported']),
  createdAt: z.string().min(1),
  createdBy: z.string().optional(),
  changedAt: z.string().optional(),
  changedBy: z.string().optional(),
  source: z.string().optional(),
  segment: z.string().optional(),
});

export function parseMemoryFile(raw: string, file: string): MemoryEntry[] {
  let parsed: { format?: unknown; version?: unknown; entries?: unknown };
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw damaged(file, `it is not valid JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || parsed.format !== MEMORY_FORMAT || !Array.isArray(parsed.entries)) {
    throw new UserFacingError('MEMORY_CORRUPT', `${file} is not a Duizhao translation memory and was left untouched.`, 'Move it aside; a new memory starts empty.');
  }
  if (typeof parsed.version === 'number' && parsed.version > MEMORY_VERSION) {
    throw new UserFacingError('MEMORY_TOO_NEW', `The translation memory ${file} was written by a newer Duizhao.`, 'Update Duizhao to use it.');
  }
  return parsed.entries.map((entry, index) => {
    const result = memoryEntrySchema.safeParse(entry);
    if (result.success) return result.data as MemoryEntry;
    const issue = result.error.issues[0]!;
    const zh = entry && typeof entry === 'object' && typeof (entry as { zh?: unknown }).zh === 'string' ? ` ("${(entry as { zh: string }).zh.slice(0, 20)}")` : '';
    throw damaged(file, `entry ${index + 1}${zh} has a bad ${issue.path.join('.') || 'shape'}: ${issue.message}`);
  });
}

export function serializeMemoryFile(entries: readonly MemoryEntry[]): string {
  return JSON.stringify({ format: MEMORY_FORMAT, version: MEMORY_VERSION, entries }, null, 1) + '\n';
}

function damaged(file: string, reason: string): UserFacingError {
  return new UserFacingError('MEMORY_CORRUPT', `The translation memory ${file} is damaged (${reason}) and was left untouched.`, 'Restore it from a backup or move it aside; a new memory starts empty.');
}
