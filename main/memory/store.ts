import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';
import { FuzzyIndex } from './fuzzy';
import { concordance } from './concordance';
import type { ConcordanceHit, FuzzyMatch, MemoryEntry, NewMemoryPair } from './types';

const FORMAT = 'duizhao-translation-memory';
const VERSION = 1;

export interface TranslationMemoryDeps {
  now?: () => Date;
  newId?: () => string;
}

/**
 * The translator's translation memory: one JSON file under the data home, written atomically after
 * each change (writes queued one after another). A file it cannot read is never overwritten.
 * `addPairs` / `allPairs` are also what TMX import and export use.
 */
export class TranslationMemory {
  private entries?: MemoryEntry[];
  private index?: FuzzyIndex;
  private loading?: Promise<MemoryEntry[]>;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(readonly file: string, deps: TranslationMemoryDeps = {}) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
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

  /** Adds pairs, skipping empty ones and pairs already stored (same Chinese and English). */
  addPairs(pairs: readonly NewMemoryPair[]): Promise<{ added: number; skipped: number }> {
    // The whole read-modify-write runs in the queue, so concurrent additions see each other.
    return this.enqueue(() => this.addNow(pairs));
  }

  private async addNow(pairs: readonly NewMemoryPair[]): Promise<{ added: number; skipped: number }> {
    const entries = await this.load();
    const known = new Set(entries.map(pairKey));
    const fresh: MemoryEntry[] = [];
    for (const pair of pairs) {
      const zh = pair.zh.trim();
      const en = pair.en.trim();
      if (zh === '' || en === '') continue;
      const key = pairKey({ zh, en });
      if (known.has(key)) continue;
      known.add(key);
      fresh.push({
        id: this.newId(),
        zh,
        en,
        origin: pair.origin,
        createdAt: pair.createdAt ?? this.now().toISOString(),
        ...(pair.createdBy ? { createdBy: pair.createdBy } : {}),
        ...(pair.source ? { source: pair.source } : {}),
      });
    }
    if (fresh.length > 0) {
      const next = [...entries, ...fresh];
      await writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, version: VERSION, entries: next }, null, 1) + '\n');
      this.entries = next;
      for (const entry of fresh) this.index?.add(entry);
    }
    return { added: fresh.length, skipped: pairs.length - fresh.length };
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
    let parsed: { format?: string; version?: number; entries?: unknown };
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new UserFacingError('MEMORY_CORRUPT', `The translation memory ${this.file} is damaged and was left untouched.`, 'Restore it from a backup or move it aside; a new memory starts empty.');
    }
    if (parsed.format !== FORMAT || !Array.isArray(parsed.entries)) {
      throw new UserFacingError('MEMORY_CORRUPT', `${this.file} is not a Duizhao translation memory and was left untouched.`, 'Move it aside; a new memory starts empty.');
    }
    if ((parsed.version ?? 0) > VERSION) {
      throw new UserFacingError('MEMORY_TOO_NEW', `The translation memory ${this.file} was written by a newer Duizhao.`, 'Update Duizhao to use it.');
    }
    return (parsed.entries as MemoryEntry[]).filter((e) => e && typeof e.zh === 'string' && typeof e.en === 'string');
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }
}

function pairKey(pair: { zh: string; en: string }): string {
  return `${pair.zh.replace(/\s+/g, '')}\u0000${pair.en.replace(/\s+/g, ' ').trim()}`;
}
