import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { termEntrySchema, type TermEntry, type TermEntryInput } from '../engine/entry';
import { newEntryId } from '../engine/entry-id';
import type { GlossaryLayerSource } from '../engine/layers';
import { parseEntries, serializeEntries } from '../engine/serialize';
import { writeFileAtomic } from '../../main/common/atomic-write';
import { UserFacingError } from '../../main/common/errors';

/** What a new entry needs; id and the created/modified stamps are filled in. */
export type NewEntryInput = Omit<TermEntryInput, 'id' | 'status' | 'createdBy' | 'createdAt' | 'modifiedBy' | 'modifiedAt'> & {
  id?: string;
  status?: TermEntry['status'];
};

/** Fields an edit may change: everything except the id and the stamps. */
export type EntryPatch = Partial<Omit<TermEntryInput, 'id' | 'createdBy' | 'createdAt' | 'modifiedBy' | 'modifiedAt'>>;

export interface PersonalStoreOptions {
  /** The JSON file (see `personalGlossaryPath`). */
  file: string;
  now?: () => Date;
}

/** Where the personal glossary lives under the data home. */
export function personalGlossaryPath(dataHome: string): string {
  return path.join(dataHome, 'glossary', 'personal.json');
}

/**
 * The translator's own glossary: one JSON file under the data home, written atomically in the same
 * deterministic form as every glossary (serializeEntries), so it can be diffed and shared. Every change
 * records who made it and when. Changes are queued so two quick edits never lose one another.
 * A file that fails validation is never overwritten: the store refuses to write until it is fixed.
 */
export class PersonalGlossaryStore implements GlossaryLayerSource {
  readonly layer = 'personal' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: PersonalStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get file(): string {
    return this.options.file;
  }

  async load(): Promise<TermEntry[]> {
    let text: string;
    try {
      text = await fs.readFile(this.options.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const { entries, problems } = parseEntries(text);
    if (problems.length > 0) {
      throw new UserFacingError(
        'GLOSSARY_PERSONAL_INVALID',
        `Your personal glossary (${this.options.file}) cannot be read: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}.`,
        'Fix or move the file; Duizhao will not overwrite it while it is broken.',
      );
    }
    return entries;
  }

  /** Changes whenever the file does (also when another process, e.g. the CLI, wrote it): its mtime and size. */
  async version(): Promise<string> {
    try {
      const stat = await fs.stat(this.options.file);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return 'absent';
    }
  }

  async get(id: string): Promise<TermEntry | undefined> {
    return (await this.load()).find((e) => e.id === id);
  }

  /** Adds a new entry (id derived from the Chinese form unless given). */
  add(input: NewEntryInput, user: string): Promise<TermEntry> {
    return this.change(async (entries) => {
      const taken = new Set(entries.map((e) => e.id));
      if (input.id && taken.has(input.id)) {
        throw new UserFacingError('GLOSSARY_DUPLICATE_ID', `Your glossary already has an entry with id "${input.id}".`, 'Edit that entry instead, or choose another id.');
      }
      const stamp = this.now().toISOString();
      const entry = validEntry({
        ...input,
        id: input.id ?? newEntryId(input.zh, taken),
        status: input.status ?? 'approved',
        createdBy: user,
        createdAt: stamp,
        modifiedBy: user,
        modifiedAt: stamp,
      });
      return { entries: [...entries, entry], result: entry };
    });
  }

  /**
   * Puts a whole entry (e.g. a personal override of a built-in or team entry, same id): replaces the
   * personal entry with that id or adds it, stamping modifiedBy/At (and createdBy/At when new).
   */
  put(entry: TermEntryInput, user: string): Promise<TermEntry> {
    return this.change(async (entries) => {
      const stamp = this.now().toISOString();
      const existing = entries.find((e) => e.id === entry.id);
      const next = validEntry({
        ...entry,
        createdBy: existing?.createdBy ?? entry.createdBy ?? user,
        createdAt: existing?.createdAt ?? entry.createdAt ?? stamp,
        modifiedBy: user,
        modifiedAt: stamp,
      });
      return { entries: [...entries.filter((e) => e.id !== entry.id), next], result: next };
    });
  }

  edit(id: string, patch: EntryPatch, user: string): Promise<TermEntry> {
    return this.change(async (entries) => {
      const existing = requireEntry(entries, id);
      const next = validEntry({ ...existing, ...stripUndefined(patch), id, modifiedBy: user, modifiedAt: this.now().toISOString() });
      return { entries: entries.map((e) => (e.id === id ? next : e)), result: next };
    });
  }

  /** Marks an entry deprecated: kept (and shown in lists), never suggested. The reason goes into the note. */
  deprecate(id: string, user: string, reason?: string): Promise<TermEntry> {
    return this.change(async (entries) => {
      const existing = requireEntry(entries, id);
      const next = validEntry({ ...existing, status: 'deprecated', note: deprecatedNote(existing.note, reason), modifiedBy: user, modifiedAt: this.now().toISOString() });
      return { entries: entries.map((e) => (e.id === id ? next : e)), result: next };
    });
  }

  delete(id: string): Promise<TermEntry> {
    return this.change(async (entries) => {
      const existing = requireEntry(entries, id);
      return { entries: entries.filter((e) => e.id !== id), result: existing };
    });
  }

  /** Adds or replaces many entries at once (import), one write. */
  putMany(incoming: readonly TermEntry[], user: string): Promise<{ added: number; replaced: number }> {
    return this.change(async (entries) => {
      const byId = new Map(entries.map((e) => [e.id, e]));
      const stamp = this.now().toISOString();
      let added = 0;
      let replaced = 0;
      for (const entry of incoming) {
        const existing = byId.get(entry.id);
        if (existing) replaced++;
        else added++;
        byId.set(entry.id, validEntry({ ...entry, createdBy: entry.createdBy ?? user, createdAt: entry.createdAt ?? stamp, modifiedBy: entry.modifiedBy ?? user, modifiedAt: entry.modifiedAt ?? stamp }));
      }
      return { entries: [...byId.values()], result: { added, replaced } };
    });
  }

  private change<R>(apply: (entries: TermEntry[]) => Promise<{ entries: TermEntry[]; result: R }>): Promise<R> {
    const run = this.queue.then(async () => {
      const current = await this.load();
      const { entries, result } = await apply(current);
      await writeFileAtomic(this.options.file, serializeEntries(entries));
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function requireEntry(entries: TermEntry[], id: string): TermEntry {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new UserFacingError('GLOSSARY_NO_SUCH_ENTRY', `Your personal glossary has no entry "${id}".`, 'List the entries with `duizhao glossary list`.');
  return found;
}

/** An entry's note after deprecating it: the reason, if given, is added on its own line. */
export function deprecatedNote(note: string | undefined, reason?: string): string | undefined {
  return reason ? [note, `Deprecated: ${reason}`].filter(Boolean).join('\n') : note;
}

/** Validates an entry as the glossary stores it, with a message the translator can act on. */
export function validEntry(input: unknown): TermEntry {
  const parsed = termEntrySchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
    throw new UserFacingError('GLOSSARY_INVALID_ENTRY', `The entry is not valid: ${detail}.`, 'An entry needs at least the Chinese form (zh) and the English rendering (en).');
  }
  return parsed.data;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
