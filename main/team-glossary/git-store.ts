import { gitFs as fs } from './git-fs';
import git from 'isomorphic-git';
import type { TermEntry } from '../../glossary/engine/entry';
import {
  ENTRIES_DIR,
  MANIFEST_PATH,
  entryFileName,
  newManifest,
  parseEntryFile,
  parseManifest,
  serializeManifest,
  serializeTeamEntry,
} from './repo-format';

export interface GitAuthor {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  timestamp: number;
}

/** One commit that changed an entry's file. */
export interface FileChange {
  commit: string;
  author: string;
  /** ISO time of the commit. */
  at: string;
  message: string;
  /** A merge commit (a sync that combined two lines of edits), not a translator's own edit. */
  merge: boolean;
  /** The file's blob before (first parent) and after this commit; null when absent. */
  before: string | null;
  after: string | null;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The local clone of the team glossary: a bare git repository (no working tree to get out of step),
 * read and written through isomorphic-git's object API. Reads are cached by object id (objects never change).
 */
export class GitGlossaryStore {
  private readonly cache = {};
  private readonly treeCache = new Map<string, Map<string, string>>();
  private readonly entryCache = new Map<string, TermEntry>();
  private readonly commitCache = new Map<string, { tree: string; parents: string[]; author: string; at: number; message: string }>();

  constructor(
    readonly gitdir: string,
    readonly branch: string,
    /** How the remote is named in messages (URL without credentials, or path). */
    readonly where: string,
  ) {}

  async init(): Promise<void> {
    await git.init({ fs, gitdir: this.gitdir, bare: true, defaultBranch: this.branch });
  }

  get branchRef(): string {
    return `refs/heads/${this.branch}`;
  }

  async head(): Promise<string | null> {
    try {
      return await git.resolveRef({ fs, gitdir: this.gitdir, ref: this.branchRef });
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null;
      throw error;
    }
  }

  async setHead(oid: string): Promise<void> {
    await git.writeRef({ fs, gitdir: this.gitdir, ref: this.branchRef, value: oid, force: true });
  }

  async hasObject(oid: string): Promise<boolean> {
    try {
      await git.readObject({ fs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return false;
      throw error;
    }
  }

  async isAncestor(ancestor: string, oid: string): Promise<boolean> {
    if (ancestor === oid) return true;
    return git.isDescendent({ fs, gitdir: this.gitdir, oid, ancestor, depth: -1, cache: this.cache });
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const bases = (await git.findMergeBase({ fs, gitdir: this.gitdir, oids: [a, b], cache: this.cache })) as string[];
    return bases[0] ?? null;
  }

  async commitInfo(oid: string) {
    let info = this.commitCache.get(oid);
    if (!info) {
      const { commit } = await git.readCommit({ fs, gitdir: this.gitdir, oid, cache: this.cache });
      info = { tree: commit.tree, parents: commit.parent, author: commit.author.name, at: commit.committer.timestamp, message: commit.message.trim() };
      this.commitCache.set(oid, info);
    }
    return info;
  }

  private async treeEntries(treeOid: string): Promise<Map<string, string>> {
    let entries = this.treeCache.get(treeOid);
    if (!entries) {
      const { tree } = await git.readTree({ fs, gitdir: this.gitdir, oid: treeOid, cache: this.cache });
      entries = new Map(tree.map((item) => [item.path, item.oid]));
      this.treeCache.set(treeOid, entries);
    }
    return entries;
  }

  private async readText(blobOid: string): Promise<string> {
    const { blob } = await git.readBlob({ fs, gitdir: this.gitdir, oid: blobOid, cache: this.cache });
    return decoder.decode(blob);
  }

  /** Blob ids of every entry file in a commit, by entry file name. */
  async entryBlobs(commitOid: string): Promise<Map<string, string>> {
    const root = await this.treeEntries((await this.commitInfo(commitOid)).tree);
    const entriesTree = root.get(ENTRIES_DIR);
    return entriesTree ? this.treeEntries(entriesTree) : new Map();
  }

  async entryBlob(commitOid: string, id: string): Promise<string | null> {
    return (await this.entryBlobs(commitOid)).get(entryFileName(id)) ?? null;
  }

  async readEntryBlob(fileName: string, blobOid: string): Promise<TermEntry> {
    let entry = this.entryCache.get(blobOid);
    if (!entry) {
      entry = parseEntryFile(fileName, await this.readText(blobOid), this.where);
      this.entryCache.set(blobOid, entry);
    }
    return entry;
  }

  /**
   * The whole glossary at a commit, validated: the manifest must mark a Duizhao glossary and every entry
   * file must be a valid entry, or this throws a UserFacingError naming the problem.
   */
  async readGlossary(commitOid: string): Promise<Map<string, TermEntry>> {
    const root = await this.treeEntries((await this.commitInfo(commitOid)).tree);
    const manifestBlob = root.get(MANIFEST_PATH);
    parseManifest(manifestBlob ? await this.readText(manifestBlob) : undefined, this.where);
    const entries = new Map<string, TermEntry>();
    for (const [fileName, blobOid] of await this.entryBlobs(commitOid)) {
      const entry = await this.readEntryBlob(fileName, blobOid);
      entries.set(entry.id, entry);
    }
    return entries;
  }

  /** The glossary at the local branch's tip; empty before the first sync. */
  async readHeadGlossary(): Promise<Map<string, TermEntry>> {
    const head = await this.head();
    return head ? this.readGlossary(head) : new Map();
  }

  /**
   * Writes a commit whose tree is `parents[0]`'s with the given entries replaced (TermEntry) or removed
   * (null). Without parents it creates the first commit: manifest plus the given entries.
   * Does not move any branch.
   */
  async writeCommit(options: { parents: string[]; changes: ReadonlyMap<string, TermEntry | null>; message: string; author: GitAuthor }): Promise<string> {
    const first = options.parents[0];
    const root = first ? new Map(await this.treeEntries((await this.commitInfo(first)).tree)) : new Map<string, string>();
    const files = first ? new Map(await this.entryBlobs(first)) : new Map<string, string>();
    if (!root.has(MANIFEST_PATH)) {
      root.set(MANIFEST_PATH, await git.writeBlob({ fs, gitdir: this.gitdir, blob: encoder.encode(serializeManifest(newManifest())) }));
    }
    for (const [id, entry] of options.changes) {
      if (entry === null) files.delete(entryFileName(id));
      else files.set(entryFileName(id), await git.writeBlob({ fs, gitdir: this.gitdir, blob: encoder.encode(serializeTeamEntry(entry)) }));
    }
    const entriesTree = await git.writeTree({
      fs,
      gitdir: this.gitdir,
      tree: [...files].map(([path, oid]) => ({ mode: '100644', path, oid, type: 'blob' as const })),
    });
    root.set(ENTRIES_DIR, entriesTree);
    const rootTree = await git.writeTree({
      fs,
      gitdir: this.gitdir,
      tree: await Promise.all(
        [...root].map(async ([path, oid]) => ({
          mode: path === ENTRIES_DIR ? '040000' : '100644',
          path,
          oid,
          type: path === ENTRIES_DIR ? ('tree' as const) : ('blob' as const),
        })),
      ),
    });
    const signature = { name: options.author.name, email: options.author.email, timestamp: options.author.timestamp, timezoneOffset: 0 };
    return git.writeCommit({
      fs,
      gitdir: this.gitdir,
      commit: { tree: rootTree, parent: options.parents, author: signature, committer: signature, message: options.message.endsWith('\n') ? options.message : options.message + '\n' },
    });
  }

  /**
   * Commits that changed one entry's file, newest first (git's default history simplification: a commit
   * that left the file as one of its parents had it is skipped, and only that parent is followed).
   */
  async fileHistory(start: string, id: string, limit = Infinity): Promise<FileChange[]> {
    const changes: FileChange[] = [];
    const visited = new Set<string>();
    const queue: Array<{ oid: string; at: number }> = [{ oid: start, at: (await this.commitInfo(start)).at }];
    while (queue.length > 0 && changes.length < limit) {
      queue.sort((a, b) => b.at - a.at);
      const { oid } = queue.shift()!;
      if (visited.has(oid)) continue;
      visited.add(oid);
      const info = await this.commitInfo(oid);
      const blob = await this.entryBlob(oid, id);
      const parentBlobs = await Promise.all(info.parents.map((parent) => this.entryBlob(parent, id)));
      const sameParent = info.parents.findIndex((_, index) => parentBlobs[index] === blob);
      const follow = sameParent >= 0 ? [info.parents[sameParent]] : info.parents;
      if (sameParent < 0 && !(info.parents.length === 0 && blob === null)) {
        changes.push({
          commit: oid,
          author: info.author,
          at: new Date(info.at * 1000).toISOString(),
          message: info.message,
          merge: info.parents.length > 1,
          before: parentBlobs[0] ?? null,
          after: blob,
        });
      }
      for (const parent of follow) if (!visited.has(parent)) queue.push({ oid: parent, at: (await this.commitInfo(parent)).at });
    }
    return changes;
  }
}
