import { gitFs as fs } from './git-fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import git from 'isomorphic-git';
import { UserFacingError } from '../common/errors';
import type { GitGlossaryStore } from './git-store';
import { PushRaceError, type RemoteTransport } from './transport';

const STALE_LOCK_MS = 60_000;

/**
 * A bare repository in a folder (a shared drive). isomorphic-git speaks only HTTP to remotes, so objects
 * move between the two repositories through its object database API (both are plain git repositories,
 * loose or packed), and the branch is moved with git's own lock-file protocol (`<ref>.lock`, created
 * exclusively, compare the old id, rename into place), the same one `git push` to a local path uses.
 * Real git reads and writes the shared repository alongside Duizhao.
 */
export class FolderTransport implements RemoteTransport {
  private readonly cache = {};

  constructor(private readonly gitdir: string) {}

  async discover(): Promise<{ branch: string; tip: string | null }> {
    const branch = await this.headBranch();
    return { branch, tip: await this.resolve(`refs/heads/${branch}`) };
  }

  async fetch(local: GitGlossaryStore): Promise<string | null> {
    const tip = await this.resolve(local.branchRef);
    if (tip) await copyCommits(this.gitdir, local.gitdir, tip, this.cache);
    return tip;
  }

  async initialize(local: GitGlossaryStore, oid: string): Promise<string> {
    await this.push(local, oid, null);
    return local.branch;
  }

  async push(local: GitGlossaryStore, oid: string, expected: string | null): Promise<void> {
    await this.reachable();
    await copyCommits(local.gitdir, this.gitdir, oid, {});
    const refFile = path.join(this.gitdir, 'refs', 'heads', local.branch);
    const lockFile = `${refFile}.lock`;
    await fsp.mkdir(path.dirname(refFile), { recursive: true });
    let lock: fsp.FileHandle;
    try {
      lock = await fsp.open(lockFile, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await fsp.stat(lockFile).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      // A lock left by a crashed pusher would block the desk forever; git would ask a human, we wait a minute.
      if (age > STALE_LOCK_MS) await fsp.rm(lockFile, { force: true });
      throw new PushRaceError('Another translator is pushing to the team glossary right now.');
    }
    try {
      const current = await this.resolve(local.branchRef);
      if (current !== expected) throw new PushRaceError();
      await lock.writeFile(`${oid}\n`);
      await lock.sync();
      await lock.close();
      await fsp.rename(lockFile, refFile);
    } catch (error) {
      await lock.close().catch(() => undefined);
      await fsp.rm(lockFile, { force: true });
      throw error;
    }
  }

  private async reachable(): Promise<void> {
    try {
      await fsp.access(path.join(this.gitdir, 'HEAD'));
    } catch {
      throw new UserFacingError(
        'TEAM_OFFLINE',
        `The shared team glossary at ${this.gitdir} cannot be reached.`,
        'Your edits are kept and will be synced when the shared drive is available again.',
      );
    }
  }

  private async headBranch(): Promise<string> {
    await this.reachable();
    const head = await fsp.readFile(path.join(this.gitdir, 'HEAD'), 'utf8');
    const match = /^ref: refs\/heads\/(.+)\s*$/m.exec(head);
    return match ? match[1].trim() : 'main';
  }

  private async resolve(ref: string): Promise<string | null> {
    await this.reachable();
    try {
      return await git.resolveRef({ fs, gitdir: this.gitdir, ref });
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null;
      throw error;
    }
  }
}

async function hasObject(gitdir: string, oid: string, cache: object): Promise<boolean> {
  try {
    await git.readObject({ fs, gitdir, oid, format: 'deflated', cache });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return false;
    throw error;
  }
}

async function copyObject(from: string, to: string, oid: string, cache: object): Promise<void> {
  const object = await git.readObject({ fs, gitdir: from, oid, format: 'content', cache });
  await git.writeObject({ fs, gitdir: to, type: object.type as 'commit' | 'tree' | 'blob' | 'tag', object: object.object as Uint8Array, format: 'content', oid });
}

/** Copies what `to` lacks of the history of `tip`, children after their contents and parents, so an object present means everything it points to is present. */
async function copyCommits(from: string, to: string, tip: string, cache: object): Promise<void> {
  const toCache = {};
  const missing: string[] = [];
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (seen.has(oid)) continue;
    seen.add(oid);
    if (await hasObject(to, oid, toCache)) continue;
    missing.push(oid);
    const { commit } = await git.readCommit({ fs, gitdir: from, oid, cache });
    stack.push(...commit.parent);
  }
  // Oldest first: a commit is written only after its parents.
  const order = await topologicalOrder(from, missing, cache);
  for (const oid of order) {
    const { commit } = await git.readCommit({ fs, gitdir: from, oid, cache });
    await copyTree(from, to, commit.tree, cache, toCache);
    await copyObject(from, to, oid, cache);
  }
}

async function topologicalOrder(gitdir: string, commits: string[], cache: object): Promise<string[]> {
  const wanted = new Set(commits);
  const done = new Set<string>();
  const order: string[] = [];
  for (const start of commits) {
    const stack: Array<{ oid: string; expanded: boolean }> = [{ oid: start, expanded: false }];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (done.has(top.oid)) continue;
      if (top.expanded) {
        done.add(top.oid);
        order.push(top.oid);
        continue;
      }
      stack.push({ oid: top.oid, expanded: true });
      const { commit } = await git.readCommit({ fs, gitdir, oid: top.oid, cache });
      for (const parent of commit.parent) if (wanted.has(parent) && !done.has(parent)) stack.push({ oid: parent, expanded: false });
    }
  }
  return order;
}

async function copyTree(from: string, to: string, treeOid: string, cache: object, toCache: object): Promise<void> {
  if (await hasObject(to, treeOid, toCache)) return;
  const { tree } = await git.readTree({ fs, gitdir: from, oid: treeOid, cache });
  for (const item of tree) {
    if (item.type === 'tree') await copyTree(from, to, item.oid, cache, toCache);
    else if (item.type === 'blob' && !(await hasObject(to, item.oid, toCache))) await copyObject(from, to, item.oid, cache);
  }
  await copyObject(from, to, treeOid, cache);
}
