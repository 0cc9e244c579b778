import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { termEntrySchema, type TermEntry, type TermEntryInput } from '../../glossary/engine/entry';
import { UserFacingError, isUserFacingError } from '../common/errors';
import type { ApiEvent } from '../api/contract/events';
import { sameValue } from './canonical';
import {
  addConflicts,
  conflictOutdated,
  refreshConflict,
  resolvedEntry,
  toTeamConflict,
  type ConflictAuthor,
  type ResolutionChoice,
  type TeamConflict,
} from './conflicts';
import { diffEntries } from './entry-diff';
import { FolderTransport } from './folder-transport';
import { GitGlossaryStore, type GitAuthor } from './git-store';
import { HttpTransport } from './http-transport';
import { canonicalEntry } from '../../glossary/engine/serialize';
import { mergeGlossaries, type GlossaryVersion } from './merge';
import { describeRemote, parseRemote, type RemoteLocation } from './remote';
import type { TeamRemoteSettings, TeamSettingsPort } from './settings-port';
import { TeamStateFiles, type TeamCloneState } from './state-files';
import { PushRaceError, type RemoteTransport } from './transport';
import type { EntryVersion, SyncReport, TeamStatus } from './types';

const MAX_SYNC_ATTEMPTS = 8;

export interface TeamGlossaryDeps {
  /** `<data home>/team-glossary`. */
  directory: string;
  settings: TeamSettingsPort;
  /** Relative folder paths given to `configure` are taken from here (the CLI's working directory). */
  cwd?: string;
  now?: () => Date;
  emit?: (event: ApiEvent) => void;
  transportFor?: (location: RemoteLocation, credentials: TeamRemoteSettings) => RemoteTransport;
}

interface OpenClone {
  store: GitGlossaryStore;
  transport: RemoteTransport;
  state: TeamCloneState;
}

export function defaultTransport(location: RemoteLocation, credentials: TeamRemoteSettings): RemoteTransport {
  return location.kind === 'http'
    ? new HttpTransport(location.url, { token: credentials.token, username: credentials.username })
    : new FolderTransport(location.path);
}

/**
 * The team glossary: a local clone of a git repository shared by the desk. Edits commit locally (so they
 * work offline); `sync` fetches, merges entry by entry and field by field, keeps conflicts until the
 * translator resolves them, and pushes. All operations run one at a time.
 */
export class TeamGlossaryService {
  private readonly files: TeamStateFiles;
  private readonly now: () => Date;
  private readonly emit: (event: ApiEvent) => void;
  private readonly transportFor: NonNullable<TeamGlossaryDeps['transportFor']>;
  private queue: Promise<unknown> = Promise.resolve();
  private clone: { key: string; value: OpenClone } | undefined;
  private readonly editListeners = new Set<() => void>();

  constructor(private readonly deps: TeamGlossaryDeps) {
    this.files = new TeamStateFiles(deps.directory);
    this.now = deps.now ?? (() => new Date());
    this.emit = deps.emit ?? (() => undefined);
    this.transportFor = deps.transportFor ?? defaultTransport;
  }

  /** Called after every local team-glossary edit (the scheduler debounces a sync on it). */
  onLocalEdit(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  private exclusive<T>(action: () => Promise<T>): Promise<T> {
    const run = this.queue.then(action, action);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async author(): Promise<GitAuthor> {
    return { name: await this.translator(), email: '', timestamp: Math.floor(this.now().getTime() / 1000) };
  }

  private async translator(): Promise<string> {
    const name = (await this.deps.settings.translatorName()).trim();
    if (name) return name;
    try {
      return os.userInfo().username || 'translator';
    } catch {
      return 'translator';
    }
  }

  // ---------------------------------------------------------------- configuration

  async status(): Promise<TeamStatus> {
    return this.exclusive(() => this.statusNow());
  }

  private async statusNow(): Promise<TeamStatus> {
    const remote = await this.deps.settings.teamRemote();
    const state = await this.files.readState();
    const conflicts = await this.files.readConflicts();
    const translator = await this.translator();
    const hasToken = Boolean(remote?.token || remote?.tokenProblem);
    const tokenProtection = hasToken ? this.deps.settings.tokenProtection : undefined;
    if (!remote || !state) {
      return { configured: false, hasToken, tokenProtection, unpushed: false, entries: 0, conflicts: 0, state: 'not-configured', translator };
    }
    const store = new GitGlossaryStore(this.files.gitdir, state.branch, state.remote);
    const head = await store.head();
    const entries = head ? (await store.entryBlobs(head)).size : 0;
    const unpushed = head !== state.lastRemoteTip;
    const lastError = remote.tokenProblem ? { ...remote.tokenProblem, at: this.now().toISOString() } : state.lastError;
    const offline = lastError?.code === 'TEAM_OFFLINE';
    return {
      configured: true,
      remote: state.remote,
      branch: state.branch,
      head: head ?? undefined,
      ...(remote.username ? { username: remote.username } : {}),
      hasToken,
      tokenProtection,
      unpushed,
      entries,
      conflicts: conflicts.length,
      lastSyncAt: state.lastSyncAt,
      lastError,
      state: offline ? 'offline' : lastError ? 'error' : conflicts.length > 0 ? 'conflicts' : unpushed ? 'pending' : 'synced',
      translator,
    };
  }

  /**
   * Points the team glossary at a repository: checks it is reachable, the credentials work and it is a
   * Duizhao glossary (or empty: then sets it up), clones it, and only then saves the setting. On any
   * failure the current clone, its unsynced edits and the settings are left as they were.
   */
  async configure(team: TeamRemoteSettings): Promise<TeamStatus> {
    return this.exclusive(async () => {
      await this.configureNow(team);
      return this.statusNow();
    });
  }

  private async configureNow(team: TeamRemoteSettings): Promise<void> {
    try {
      await this.configureUnchecked(team);
    } catch (error) {
      if (isUserFacingError(error) && error.code === 'TEAM_OFFLINE') {
        throw new UserFacingError('TEAM_REMOTE_UNREACHABLE', error.message, 'Check the address and your network, then try again. Nothing was changed.');
      }
      throw error;
    }
  }

  private async configureUnchecked(team: TeamRemoteSettings): Promise<void> {
    const location = parseRemote(team.remote, this.deps.cwd ?? process.cwd());
    const where = describeRemote(location);
    const credentials = { ...team, remote: where };
    const transport = this.transportFor(location, credentials);
    const existing = await this.files.readState();
    if (existing?.remote === where && (await new GitGlossaryStore(this.files.gitdir, existing.branch, where).head())) {
      // Same repository (new token, say): check the connection, keep the clone and its unsynced edits.
      await transport.discover();
      await this.deps.settings.saveTeamRemote(credentials);
      this.clone = undefined;
      return;
    }
    const discovered = await transport.discover();
    let branch = discovered.branch;
    const staging = `${this.files.gitdir}.new-${process.pid}-${Date.now()}`;
    try {
      let store = new GitGlossaryStore(staging, branch, where);
      await store.init();
      let remoteTip = discovered.tip;
      if (remoteTip) {
        await transport.fetch(store);
        await store.readGlossary(remoteTip);
      } else {
        remoteTip = await store.writeCommit({ parents: [], changes: new Map(), message: 'Start the Duizhao team glossary', author: await this.author() });
        branch = await transport.initialize(store, remoteTip);
        store = new GitGlossaryStore(staging, branch, where);
      }
      await store.setHead(remoteTip);
      await this.replaceClone(staging, existing);
      await this.files.writeState({ remote: where, branch, lastRemoteTip: remoteTip, lastSyncAt: this.now().toISOString() });
      await this.files.writeConflicts([]);
      await this.deps.settings.saveTeamRemote(credentials);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
    this.clone = undefined;
    this.emit({ type: 'glossary-changed', reason: 'team glossary configured' });
    this.emit({ type: 'team-sync', state: 'idle', message: `Team glossary: ${where}`, conflicts: 0 });
  }

  /** Swaps the new clone in; a previous clone with unsynced edits is kept beside it, never deleted. */
  private async replaceClone(staging: string, previous: TeamCloneState | null): Promise<void> {
    const gitdir = this.files.gitdir;
    const exists = await fs.stat(gitdir).then(() => true, () => false);
    if (exists) {
      const oldHead = previous ? await new GitGlossaryStore(gitdir, previous.branch, previous.remote).head() : null;
      if (oldHead && oldHead !== previous?.lastRemoteTip) {
        await fs.rename(gitdir, `${gitdir}.previous-${this.now().toISOString().replace(/[:.]/g, '-')}`);
        const conflicts = await this.files.readConflicts();
        if (conflicts.length) await this.files.writeConflicts([]);
      } else {
        await fs.rm(gitdir, { recursive: true, force: true });
      }
    }
    await fs.rename(staging, gitdir);
  }

  private async open(): Promise<OpenClone> {
    const team = await this.deps.settings.teamRemote();
    if (!team?.remote) {
      throw new UserFacingError('TEAM_NOT_CONFIGURED', 'No team glossary is set up.', 'Set one with `duizhao glossary team set URL_OR_PATH` or in the Team glossary panel.');
    }
    let state = await this.files.readState();
    const location = parseRemote(team.remote, this.deps.cwd ?? process.cwd());
    if (!state || state.remote !== describeRemote(location)) {
      // The setting was changed elsewhere (settings file, another window): clone the new repository.
      await this.configureNow(team);
      state = (await this.files.readState())!;
    }
    const key = `${state.remote}\u0000${state.branch}\u0000${team.token ?? ''}\u0000${team.username ?? ''}`;
    if (this.clone?.key !== key) {
      this.clone = {
        key,
        value: {
          store: new GitGlossaryStore(this.files.gitdir, state.branch, state.remote),
          transport: this.transportFor(location, team),
          state,
        },
      };
    }
    this.clone.value.state = state;
    return this.clone.value;
  }

  // ---------------------------------------------------------------- reading

  /** The team glossary as this translator's clone holds it (no network). Empty when not configured. */
  async entries(): Promise<TermEntry[]> {
    return this.exclusive(async () => {
      const state = await this.files.readState();
      if (!state || !(await this.deps.settings.teamRemote())) return [];
      const store = new GitGlossaryStore(this.files.gitdir, state.branch, state.remote);
      return [...(await store.readHeadGlossary()).values()];
    });
  }

  async conflicts(): Promise<TeamConflict[]> {
    return this.exclusive(() => this.files.readConflicts());
  }

  // ---------------------------------------------------------------- sync

  async sync(): Promise<SyncReport> {
    return this.exclusive(() => this.syncNow());
  }

  private async syncNow(): Promise<SyncReport> {
    const { store, transport, state } = await this.open();
    this.emit({ type: 'team-sync', state: 'syncing' });
    const before = await store.readHeadGlossary();
    try {
      // A stored token this host cannot read (encrypted by the desktop app): say so instead of a 401.
      const problem = (await this.deps.settings.teamRemote())?.tokenProblem;
      if (problem) throw new UserFacingError(problem.code, problem.message, problem.hint);
      for (let attempt = 1; attempt <= MAX_SYNC_ATTEMPTS; attempt++) {
        try {
          const outcome = await this.syncRound(store, transport);
          const conflicts = await this.refreshConflicts(store, before);
          const head = await store.head();
          await this.files.writeState({ ...state, lastRemoteTip: head, lastSyncAt: this.now().toISOString(), lastError: undefined });
          const report: SyncReport = {
            state: conflicts.length > 0 ? 'conflicts' : 'synced',
            message: syncMessage(outcome.received, outcome.pushed, outcome.newConflicts, conflicts.length),
            received: outcome.received,
            pushed: outcome.pushed,
            newConflicts: outcome.newConflicts,
            conflicts: conflicts.length,
            attempts: attempt,
          };
          if (outcome.received > 0) this.emit({ type: 'glossary-changed', reason: 'team glossary synced' });
          this.emit({ type: 'team-sync', state: report.state === 'conflicts' ? 'conflicts' : 'idle', message: report.message, conflicts: conflicts.length });
          return report;
        } catch (error) {
          if (!(error instanceof PushRaceError)) throw error;
          // Someone pushed between our fetch and push: wait a moment (randomised, so racers spread out) and redo.
          await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
        }
      }
      throw new UserFacingError('TEAM_SYNC_BUSY', 'The team glossary kept changing while syncing.', 'Your edits are kept locally; sync again in a moment.');
    } catch (error) {
      const apiError = isUserFacingError(error)
        ? { code: error.code, message: error.message, hint: error.hint }
        : { code: 'TEAM_SYNC_FAILED', message: `Syncing the team glossary failed: ${(error as Error).message}` };
      await this.files.writeState({ ...state, lastError: { ...apiError, at: this.now().toISOString() } });
      if (apiError.code === 'TEAM_OFFLINE') {
        const conflicts = (await this.files.readConflicts()).length;
        this.emit({ type: 'team-sync', state: 'offline', message: apiError.message, conflicts });
        return { state: 'offline', message: `${apiError.message} ${apiError.hint ?? ''}`.trim(), received: 0, pushed: false, newConflicts: 0, conflicts, attempts: 1 };
      }
      this.emit({ type: 'team-sync', state: 'error', message: apiError.message });
      throw error;
    }
  }

  /** One fetch → (fast-forward | merge) → push round. Throws PushRaceError when the push lost a race. */
  private async syncRound(store: GitGlossaryStore, transport: RemoteTransport): Promise<{ received: number; pushed: boolean; newConflicts: number }> {
    const remoteTip = await transport.fetch(store);
    const localTip = await store.head();
    // Validate what arrived before anything local moves: a damaged remote never reaches the glossary.
    const theirs = remoteTip ? await store.readGlossary(remoteTip) : new Map<string, TermEntry>();
    if (!remoteTip) {
      if (!localTip) return { received: 0, pushed: false, newConflicts: 0 };
      await transport.push(store, localTip, null);
      return { received: 0, pushed: true, newConflicts: 0 };
    }
    if (localTip === remoteTip) return { received: 0, pushed: false, newConflicts: 0 };
    if (!localTip || (await store.isAncestor(localTip, remoteTip))) {
      const mine = localTip ? await store.readGlossary(localTip) : new Map<string, TermEntry>();
      await store.setHead(remoteTip);
      return { received: countDifferences(mine, theirs), pushed: false, newConflicts: 0 };
    }
    if (await store.isAncestor(remoteTip, localTip)) {
      await transport.push(store, localTip, remoteTip);
      return { received: 0, pushed: true, newConflicts: 0 };
    }
    const baseOid = await store.mergeBase(localTip, remoteTip);
    const base = baseOid ? await store.readGlossary(baseOid) : new Map<string, TermEntry>();
    const mine = await store.readGlossary(localTip);
    const merged = mergeGlossaries(base, mine, theirs);
    const changes = new Map(merged.changedFromMine.map((id) => [id, merged.entries.get(id) ?? null] as const));
    const author = await this.author();
    const mergeCommit = await store.writeCommit({
      parents: [localTip, remoteTip],
      changes,
      message: `Merge team glossary: ${changes.size} entr${changes.size === 1 ? 'y' : 'ies'} from the team, ${merged.conflicts.length} conflict${merged.conflicts.length === 1 ? '' : 's'}`,
      author,
    });
    if (merged.conflicts.length > 0) {
      const detectedAt = this.now().toISOString();
      const found: TeamConflict[] = [];
      for (const conflict of merged.conflicts) {
        const zh = (mine.get(conflict.entryId) ?? theirs.get(conflict.entryId) ?? base.get(conflict.entryId))?.zh ?? conflict.entryId;
        found.push(
          toTeamConflict(conflict, zh, await lastChange(store, localTip, conflict.entryId), await lastChange(store, remoteTip, conflict.entryId), detectedAt),
        );
      }
      // Stored before the push: even if the push loses a race, the conflicts are not forgotten.
      await this.files.writeConflicts(addConflicts(await this.files.readConflicts(), found));
    }
    await store.setHead(mergeCommit);
    await transport.push(store, mergeCommit, remoteTip);
    return { received: changes.size, pushed: true, newConflicts: merged.conflicts.length };
  }

  /** Brings stored conflicts up to date with what the team glossary now holds. */
  private async refreshConflicts(store: GitGlossaryStore, before: GlossaryVersion): Promise<TeamConflict[]> {
    const stored = await this.files.readConflicts();
    if (stored.length === 0) return stored;
    const head = await store.head();
    const after = await store.readHeadGlossary();
    const kept: TeamConflict[] = [];
    let changed = false;
    for (const conflict of stored) {
      if (!conflictOutdated(conflict, after)) {
        kept.push(conflict);
        continue;
      }
      changed = true;
      const refreshed = refreshConflict(conflict, before, after, await lastChange(store, head!, conflict.entryId));
      if (refreshed) kept.push(refreshed);
    }
    if (changed) await this.files.writeConflicts(addConflicts([], kept));
    return changed ? addConflicts([], kept) : stored;
  }

  // ---------------------------------------------------------------- editing

  /** Adds or replaces an entry in the team glossary (commits locally; the next sync shares it). */
  async saveEntry(input: TermEntryInput, message?: string): Promise<TermEntry> {
    const entry = await this.exclusive(async () => {
      const parsed = termEntrySchema.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
        throw new UserFacingError('TEAM_INVALID_ENTRY', `The entry is not valid: ${issues}.`, 'Correct it and save again.');
      }
      return this.commitEntry(parsed.data.id, parsed.data, message);
    });
    this.notifyEdit();
    return entry!;
  }

  async deleteEntry(id: string): Promise<{ deleted: boolean }> {
    const deleted = await this.exclusive(async () => {
      const { store } = await this.open();
      const head = await store.head();
      if (!head || !(await store.entryBlob(head, id))) return false;
      await this.commitEntry(id, null);
      return true;
    });
    if (deleted) this.notifyEdit();
    return { deleted };
  }

  /** Commits one entry change on top of the local branch; an edit of a conflicting field settles that conflict. */
  private async commitEntry(id: string, entry: TermEntry | null, message?: string): Promise<TermEntry | null> {
    const { store } = await this.open();
    const head = await store.head();
    const current = head ? (await store.readGlossary(head)).get(id) : undefined;
    const author = await this.author();
    let next: TermEntry | null = null;
    if (entry) {
      const stamped: Record<string, unknown> = { ...entry };
      stamped.createdBy = current?.createdBy ?? entry.createdBy ?? author.name;
      stamped.createdAt = current?.createdAt ?? entry.createdAt ?? this.now().toISOString();
      stamped.modifiedBy = author.name;
      stamped.modifiedAt = this.now().toISOString();
      next = canonicalEntry(stamped as TermEntry) as TermEntry;
      if (current && diffEntries(current, next).length === 0) return current;
    }
    const commit = await store.writeCommit({
      parents: head ? [head] : [],
      changes: new Map([[id, next]]),
      message: message ?? `${next ? (current ? 'Edit' : 'Add') : 'Delete'} ${current?.zh ?? next?.zh ?? id} (${id})`,
      author,
    });
    await store.setHead(commit);
    await this.settleConflictsTouchedBy(id, current ?? null, next);
    this.emit({ type: 'glossary-changed', reason: 'team glossary edited' });
    return next;
  }

  private async settleConflictsTouchedBy(id: string, before: TermEntry | null, after: TermEntry | null): Promise<void> {
    const stored = await this.files.readConflicts();
    const touched = new Set(diffEntries(before, after).map((change) => change.field));
    const kept = stored.filter((conflict) => {
      if (conflict.entryId !== id) return true;
      if (!after || conflict.field === null) return false;
      return !touched.has(conflict.field);
    });
    if (kept.length !== stored.length) await this.files.writeConflicts(kept);
  }

  private notifyEdit(): void {
    for (const listener of this.editListeners) listener();
  }

  /** Resolves a conflict with mine, theirs, or a combined value; commits it and syncs right away. */
  async resolve(conflictIdToResolve: string, choice: ResolutionChoice, combined?: unknown): Promise<{ entry: TermEntry | null; sync: SyncReport }> {
    return this.exclusive(async () => {
      const stored = await this.files.readConflicts();
      const conflict = stored.find((item) => item.id === conflictIdToResolve);
      if (!conflict) {
        throw new UserFacingError('TEAM_NO_SUCH_CONFLICT', `There is no open conflict "${conflictIdToResolve}".`, 'List the open conflicts with `duizhao glossary conflicts`.');
      }
      const { store } = await this.open();
      const current = (await store.readHeadGlossary()).get(conflict.entryId);
      const entry = resolvedEntry(conflict, choice, current, combined);
      const label = conflict.field ?? 'entry';
      const unchanged = entry === null ? current === undefined : sameValue(entry, current);
      const next = unchanged ? current ?? null : await this.commitEntry(conflict.entryId, entry, `Resolve conflict on ${conflict.zh} (${conflict.entryId}) ${label}: ${choice}`);
      await this.files.writeConflicts((await this.files.readConflicts()).filter((item) => item.id !== conflict.id));
      const sync = await this.syncNow();
      return { entry: next, sync };
    });
  }

  // ---------------------------------------------------------------- history

  async history(id: string, limit = 100): Promise<EntryVersion[]> {
    return this.exclusive(async () => {
      const { store } = await this.open();
      const head = await store.head();
      if (!head) return [];
      const versions: EntryVersion[] = [];
      for (const change of await store.fileHistory(head, id, limit)) {
        const before = await readVersion(store, id, change.before);
        const after = await readVersion(store, id, change.after);
        versions.push({
          commit: change.commit,
          author: change.author,
          at: change.at,
          message: change.message,
          change: change.before === null ? 'added' : change.after === null ? 'deleted' : 'edited',
          merge: change.merge,
          fields: diffEntries(before, after),
          entry: after,
        });
      }
      return versions;
    });
  }

  /** Makes an entry what it was right after `commit` (deleted, if that commit deleted it). */
  async revert(id: string, commit: string): Promise<TermEntry | null> {
    const entry = await this.exclusive(async () => {
      const { store } = await this.open();
      const head = await store.head();
      const known = head && (await store.hasObject(commit)) && (await store.isAncestor(commit, head).catch(() => false));
      if (!known) {
        throw new UserFacingError('TEAM_UNKNOWN_VERSION', `${commit} is not a version in this team glossary's history.`, 'Pick a version from the entry\'s history.');
      }
      const blob = await store.entryBlob(commit, id);
      const version = blob ? await store.readEntryBlob(`${id}.json`, blob) : null;
      return this.commitEntry(id, version, `Revert ${version?.zh ?? id} (${id}) to ${commit.slice(0, 8)}`);
    });
    this.notifyEdit();
    return entry;
  }
}

async function readVersion(store: GitGlossaryStore, id: string, blob: string | null): Promise<TermEntry | null> {
  if (!blob) return null;
  try {
    return await store.readEntryBlob(`${id}.json`, blob);
  } catch {
    return null; // a damaged old version is shown as unreadable, not an error for the whole history
  }
}

async function lastChange(store: GitGlossaryStore, tip: string, id: string): Promise<ConflictAuthor> {
  const [change] = await store.fileHistory(tip, id, 1);
  if (change) return { by: change.author, at: change.at, commit: change.commit };
  const info = await store.commitInfo(tip);
  return { by: info.author, at: new Date(info.at * 1000).toISOString(), commit: tip };
}

function countDifferences(a: GlossaryVersion, b: GlossaryVersion): number {
  let count = 0;
  for (const id of new Set([...a.keys(), ...b.keys()])) if (!sameValue(a.get(id), b.get(id))) count++;
  return count;
}

function syncMessage(received: number, pushed: boolean, newConflicts: number, conflicts: number): string {
  const parts = [
    received > 0 ? `${received} entr${received === 1 ? 'y' : 'ies'} updated from the team` : 'no changes from the team',
    pushed ? 'your edits shared' : '',
    newConflicts > 0 ? `${newConflicts} new conflict${newConflicts === 1 ? '' : 's'}` : '',
    conflicts > 0 ? `${conflicts} conflict${conflicts === 1 ? '' : 's'} to resolve` : '',
  ].filter(Boolean);
  return `Team glossary synced: ${parts.join(', ')}.`;
}

export const teamDirectory = (dataHome: string) => path.join(dataHome, 'team-glossary');
