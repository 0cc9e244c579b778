import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { syncDirectory, writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';
import { FuzzyIndex } from './fuzzy';
import { concordance } from './concordance';
import { memoryKeys, mergePairs, type MemoryKeys } from './merge-pairs';
import { parseMemoryFile, serializeMemoryFile } from './memory-file';
import { journalLines, replayJournal } from './memory-journal';
import type { ConcordanceHit, FuzzyMatch, MemoryAddResult, MemoryEntry, NewMemoryPair } from './types';

export interface TranslationMemoryDeps {
  now?: () => Date;
  newId?: () => string;
  /** Told after every write that added or updated entries (the composition root turns it into an event). */
  onChange?: (change: MemoryAddResult & { entries: number }) => void;
}

/** Journal records after which the memory file is written whole again (and the journal removed). */
const COMPACT_AFTER_RECORDS = 2000;

/**
 * The translator's translation memory under the data home: the memory file (memory-file.ts), written
 * whole and atomically, and beside it a journal of the changes since (memory-journal.ts), appended and
 * fsynced after each change, so confirming a segment costs the same in a memory of 100 pairs or 100,000.
 * The file is written whole when there is none yet, after a crash cut the journal's last line short,
 * and when the journal would pass COMPACT_AFTER_RECORDS changes (so also for a batch that large: a TMX
 * import). Writes are queued one after another; a file or journal it cannot read is never written
 * to. How new pairs join is merge-pairs.ts. `addPairs` / `allPairs` are also what TMX import and
 * export use.
 */
export class TranslationMemory {
  readonly journal: string;
  private entries?: MemoryEntry[];
  private keys?: MemoryKeys;
  /** Records in the journal; undefined when the memory file must be written whole before the next append. */
  private journalRecords?: number;
  private index?: FuzzyIndex;
  private loading?: Promise<MemoryEntry[]>;
  /** `diskState()` as this instance last read or wrote the files. */
  private seenOnDisk?: string;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly onChange?: TranslationMemoryDeps['onChange'];

  constructor(readonly file: string, deps: TranslationMemoryDeps = {}) {
    this.journal = file.replace(/\.json$/, '') + '.journal.jsonl';
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
    const entries = await this.load();
    this.keys ??= memoryKeys(entries);
    const outcome = mergePairs(entries, pairs, { now: this.now().toISOString(), newId: this.newId }, this.keys);
    if (outcome.added + outcome.updated > 0) {
      try {
        await this.write(outcome.entries, { put: [...outcome.fresh, ...outcome.replaced], remove: outcome.removed });
      } catch (error) {
        // The keys already describe entries that were not written: build them again next time.
        this.keys = undefined;
        throw error;
      }
      this.entries = outcome.entries;
      this.seenOnDisk = await this.diskState();
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

  /** Appends the changes to the journal, or writes the memory file whole (then the journal goes). */
  private async write(entries: readonly MemoryEntry[], changes: { put: MemoryEntry[]; remove: string[] }): Promise<void> {
    const records = changes.put.length + changes.remove.length;
    if (this.journalRecords === undefined || this.journalRecords + records > COMPACT_AFTER_RECORDS) {
      await writeFileAtomic(this.file, serializeMemoryFile(entries));
      await fs.rm(this.journal, { force: true });
      this.journalRecords = 0;
      return;
    }
    const handle = await fs.open(this.journal, 'a');
    try {
      await handle.appendFile(journalLines(changes));
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The first append creates the journal: its directory entry must survive a crash too.
    if (this.journalRecords === 0) await syncDirectory(path.dirname(this.journal));
    this.journalRecords += records;
  }

  async lookup(text: string, options: { minScore?: number; limit?: number } = {}): Promise<FuzzyMatch[]> {
    await this.load();
    this.index ??= new FuzzyIndex(this.entries);
    return this.index.lookup(text, options);
  }

  async concordance(query: string, options: { side?: 'zh' | 'en' | 'both'; limit?: number } = {}): Promise<ConcordanceHit[]> {
    return concordance(await this.load(), query, options);
  }

  /**
   * The entries, read again when the memory file or journal changed on disk since this instance last
   * read or wrote them: the CLI (`duizhao memory import`) and the app may share a data home, and a
   * stale copy would otherwise overwrite the other's pairs the next time it writes the file whole.
   */
  private async load(): Promise<MemoryEntry[]> {
    if (this.entries && !this.loading) {
      if ((await this.diskState()) === this.seenOnDisk) return this.entries;
      this.entries = undefined;
      this.keys = undefined;
      this.index = undefined;
    }
    this.loading ??= (async () => {
      const state = await this.diskState();
      const entries = await this.read();
      this.entries = entries;
      this.seenOnDisk = state;
      return entries;
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Size, change time and inode of the memory file and the journal (a rename or an append changes it). */
  private async diskState(): Promise<string> {
    const describe = (file: string) =>
      fs.stat(file, { bigint: true }).then(
        (stat) => `${stat.ino}:${stat.size}:${stat.mtimeNs}`,
        () => 'none',
      );
    const [file, journal] = await Promise.all([describe(this.file), describe(this.journal)]);
    return `${file}|${journal}`;
  }

  private async read(): Promise<MemoryEntry[]> {
    const raw = await this.readText(this.file);
    const journal = await this.readText(this.journal);
    const saved = raw === undefined ? [] : parseMemoryFile(raw, this.file);
    if (journal === undefined) {
      // Without a memory file the first change writes one.
      this.journalRecords = raw === undefined ? undefined : 0;
      return saved;
    }
    const replayed = replayJournal(saved, journal, this.journal);
    // A line cut short by a crash must not have the next change appended to it: write the file whole first.
    this.journalRecords = replayed.tornTail || raw === undefined ? undefined : replayed.records;
    return replayed.entries;
  }

  private async readText(file: string): Promise<string | undefined> {
    try {
      return await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new UserFacingError('MEMORY_UNREADABLE', `The translation memory ${file} cannot be read: ${(error as Error).message}.`, 'Check the file permissions.');
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }
}
