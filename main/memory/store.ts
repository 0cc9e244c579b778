import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';
import { FuzzyIndex } from './fuzzy';
import { concordance } from './concordance';
import { mergePairs } from './merge-pairs';
import { parseMemoryFile, serializeMemoryFile } from './memory-file';
import type { ConcordanceHit, FuzzyMatch, MemoryAddResult, MemoryEntry, NewMemoryPair } from './types';

export interface TranslationMemoryDeps {
  now?: () => Date;
  newId?: () => string;
  /** Told after every write that added or updated entries (the composition root turns it into an event). */
  onChange?: (change: MemoryAddResult & { entries: number }) => void;
}

/**
 * The translator's translation memory: one JSON file under the data home, written atomically after
 * each change (writes queued one after another). A file it cannot read is never overwritten.
 * The file format is memory-file.ts; how new pairs join is merge-pairs.ts.
 * `addPairs` / `allPairs` are also what TMX import and export use.
 */
export class TranslationMemory {
  private entries?: MemoryEntry[];
  private index?: FuzzyIndex;
  private loading?: Promise<MemoryEntry[]>;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly onChange?: TranslationMemoryDeps['onChange'];

  constructor(readonly file: string, deps: TranslationMemoryDeps = {}) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.onChange = deps.onChange;
  }

  static inDataHome(dataHome: string, deps?: TranslationMemoryDeps): TranslationMemory {
    return new TranslationMemory(path.join(dataHome, 'memory', 'translation-memory.json'), deps);
  }

  async allPairs(): Promise<MemoryEntry[]> {
    return [...(await this.load())];
  }

  async size(): Promise<number> {
    return (await this.load()).length;
  }

  /** Adds pairs (see merge-pairs.ts: duplicates skipped, a re-confirmed segment updates its entry). */
  addPairs(pairs: readonly NewMemoryPair[]): Promise<MemoryAddResult> {
    // The whole read-modify-write runs in the queue, so concurrent additions see each other.
    return this.enqueue(() => this.addNow(pairs));
  }

  private async addNow(pairs: readonly NewMemoryPair[]): Promise<MemoryAddResult> {
    const outcome = mergePairs(await this.load(), pairs, { now: this.now().toISOString(), newId: this.newId });
    if (outcome.added + outcome.updated > 0) {
      await writeFileAtomic(this.file, serializeMemoryFile(outcome.entries));
      this.entries = outcome.entries;
      if (this.index) {
        for (const entry of outcome.fresh) this.index.add(entry);
        for (const entry of outcome.replaced) this.index.replace(entry);
        for (const id of outcome.removed) this.index.remove(id);
      }
    }
    const result = { added: outcome.added, updated: outcome.updated, skipped: outcome.skipped };
    if (result.added + result.updated > 0) this.onChange?.({ ...result, entries: outcome.entries.length });
    return result;
  }

  async lookup(text: string, options: { minScore?: number; limit?: number } = {}): Promise<FuzzyMatch[]> {
    await this.load();
    this.index ??= new FuzzyIndex(this.entries);
    return this.index.lookup(text, options);
  }

  async concordance(query: string, options: { side?: 'zh' | 'en' | 'both'; limit?: number } = {}): Promise<ConcordanceHit[]> {
    return concordance(await this.load(), query, options);
  }

  private load(): Promise<MemoryEntry[]> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= this.read().then(
      (entries) => {
        this.entries = entries;
        this.loading = undefined;
        return entries;
      },
      (error) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  private async read(): Promise<MemoryEntry[]> {
    let raw: string;
    try {
      raw = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new UserFacingError('MEMORY_UNREADABLE', `The translation memory ${this.file} cannot be read: ${(error as Error).message}.`, 'Check the file permissions.');
    }
    return parseMemoryFile(raw, this.file);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }
}
