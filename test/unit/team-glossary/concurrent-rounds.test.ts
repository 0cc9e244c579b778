import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { TermEntry } from '../../../glossary/engine/entry';
import type { TeamConflict } from '../../../main/team-glossary/conflicts';
import { startGitHttpServer, type GitHttpServer } from './git-http-server';
import { bareRepository, entry as makeEntry, makeClient, tempDir, type TestClient } from './fixtures';

/**
 * Randomized rounds of concurrent editing by several translators against one real repository.
 * The seed fixes every edit; the interleaving of the concurrent syncs is left to the machine, as in life.
 * An oracle records every change (field values, status changes, deletes); at the end each one must be
 * in the converged glossary, or have been shown in a conflict, or have been overwritten by someone who
 * had seen it; every deleted entry must be gone, or have been shown in a delete/edit conflict.
 */
const SEED = Number(process.env.TEAM_SEED ?? 20261122);
const TRACKED_FIELDS = ['en', 'note'] as const;
const LIST_FIELDS = ['alternates', 'tags'] as const;
type TrackedField = (typeof TRACKED_FIELDS)[number] | (typeof LIST_FIELDS)[number] | 'status';
const STATUSES = ['approved', 'proposed', 'deprecated'] as const;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Change {
  seq: number;
  client: string;
  entryId: string;
  field: TrackedField;
  value: string;
}

/** A delete: afterwards the entry must be gone, or the delete must have been shown in a conflict. */
interface Deletion {
  seq: number;
  client: string;
  entryId: string;
}

/** A conflict as a client saw it, and when (in the sequence of changes). */
type Surfaced = TeamConflict & { surfacedSeq: number };

/** An edit or delete made by someone who saw the entry as `observed` (so what it replaces was not lost unseen). */
interface Overwrite {
  seq: number;
  entryId: string;
  field: TrackedField | '*';
  observed: unknown;
}

interface Counts {
  adds: number;
  sharedIdAdds: number;
  edits: number;
  sameEntryEdits: number;
  statusEdits: number;
  deletes: number;
  syncs: number;
  offlineSyncs: number;
  pushRetries: number;
  serverDownRounds: number;
  offlineClientRounds: number;
  conflictsSurfaced: number;
  wholeEntryConflicts: number;
  resolutions: Record<'mine' | 'theirs' | 'combined', number>;
}

interface Remote {
  remote: string;
  stop?: () => Promise<void>;
  start?: () => Promise<void>;
}

async function runRounds(label: string, clientCount: number, rounds: number, seed: number, makeRemote: (root: string) => Promise<Remote>) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const root = tempDir(label);
  const remote = await makeRemote(root);
  const names = ['Anna', 'Bo', 'Chen'].slice(0, clientCount);
  const clients: TestClient[] = [];
  for (const name of names) {
    const client = await makeClient(name, root);
    await client.service.configure({ remote: remote.remote });
    clients.push(client);
  }
  const changes: Change[] = [];
  const overwrites: Overwrite[] = [];
  const deletions: Deletion[] = [];
  const surfaced: Surfaced[] = [];
  /**
   * Per client, the entries its view held right after its last sync that reached the remote: those are
   * in the remote's history, so they are in the merge base of that client's later merges and a delete of
   * one is a real change that a concurrent edit must conflict with. (An entry added and deleted between
   * two syncs is no change at all, and a concurrent add of the same id by someone else rightly stays.)
   */
  const published = new Map<string, Set<string>>();
  const counts: Counts = {
    adds: 0, sharedIdAdds: 0, edits: 0, sameEntryEdits: 0, statusEdits: 0, deletes: 0, syncs: 0, offlineSyncs: 0, pushRetries: 0,
    serverDownRounds: 0, offlineClientRounds: 0, conflictsSurfaced: 0, wholeEntryConflicts: 0,
    resolutions: { mine: 0, theirs: 0, combined: 0 },
  };
  let seq = 0;
  const seenConflicts = new Set<string>();
  const logConflicts = async (client: TestClient) => {
    for (const conflict of await client.service.conflicts()) {
      const key = `${client.name}:${JSON.stringify([conflict.id, conflict.mine, conflict.theirs])}`;
      if (seenConflicts.has(key)) continue;
      seenConflicts.add(key);
      surfaced.push({ ...conflict, surfacedSeq: seq });
      counts.conflictsSurfaced++;
      if (conflict.field === null) counts.wholeEntryConflicts++;
    }
  };
  const notePublished = async (client: TestClient, state: string) => {
    if (state !== 'offline') published.set(client.name, new Set((await client.service.entries()).map((e) => e.id)));
  };
  const sync = async (client: TestClient) => {
    const report = await client.service.sync();
    counts.syncs++;
    if (report.state === 'offline') counts.offlineSyncs++;
    counts.pushRetries += report.attempts - 1;
    await notePublished(client, report.state);
    await logConflicts(client);
    return report;
  };

  const resolveSome = async (client: TestClient, round: number, all: boolean) => {
    const conflicts = await client.service.conflicts();
    for (const conflict of all ? conflicts : conflicts.slice(0, 1 + Math.floor(random() * 2))) {
      const fieldIsText = conflict.field === 'en' || conflict.field === 'note';
      const choice = pick(fieldIsText ? (['mine', 'theirs', 'combined'] as const) : (['mine', 'theirs'] as const));
      let combined: string | undefined;
      if (choice === 'combined') {
        combined = `${conflict.field}:${client.name}:combined:r${round}:${seq}`;
        changes.push({ seq: ++seq, client: client.name, entryId: conflict.entryId, field: conflict.field as TrackedField, value: combined });
      }
      counts.resolutions[choice]++;
      const result = await client.service.resolve(conflict.id, choice, combined);
      counts.syncs++;
      if (result.sync.state === 'offline') counts.offlineSyncs++;
      await notePublished(client, result.sync.state);
      await logConflicts(client);
    }
  };

  const edit = async (client: TestClient, round: number, k: number, justEdited: Set<string>) => {
    const view = await client.service.entries();
    const roll = random();
    if (view.length < 3 || roll < 0.3) {
      const shared = random() < 0.15;
      const id = shared ? `shared-r${round}` : `${client.name.toLowerCase()}-r${round}-${k}`;
      const en = `en:${client.name}:r${round}:${k}`;
      await client.service.saveEntry(makeEntry({ id, zh: `术语${id}`, en }));
      changes.push({ seq: ++seq, client: client.name, entryId: id, field: 'en', value: en });
      counts.adds++;
      if (shared) counts.sharedIdAdds++;
      return;
    }
    const deletable = view.filter((e) => published.get(client.name)?.has(e.id));
    if (roll > 0.91 && deletable.length > 0) {
      const victim = justEdited.size > 0 && random() < 0.5 ? deletable.find((e) => justEdited.has(e.id)) ?? pick(deletable) : pick(deletable);
      if (justEdited.has(victim.id)) counts.sameEntryEdits++;
      justEdited.add(victim.id);
      overwrites.push({ seq: ++seq, entryId: victim.id, field: '*', observed: victim });
      deletions.push({ seq, client: client.name, entryId: victim.id });
      await client.service.deleteEntry(victim.id);
      counts.deletes++;
      return;
    }
    const target = roll < 0.55 && justEdited.size > 0 ? view.find((e) => justEdited.has(e.id)) ?? pick(view) : pick(view);
    if (justEdited.has(target.id)) counts.sameEntryEdits++;
    justEdited.add(target.id);
    const field = pick([...TRACKED_FIELDS, ...LIST_FIELDS, 'status'] as const);
    counts.edits++;
    if (field === 'status') {
      // Always a real change (a status set to what it was is no edit, and could not be told from one).
      const status = pick(STATUSES.filter((s) => s !== target.status));
      overwrites.push({ seq: ++seq, entryId: target.id, field, observed: target.status });
      await client.service.saveEntry({ ...target, status });
      changes.push({ seq: ++seq, client: client.name, entryId: target.id, field, value: status });
      counts.statusEdits++;
      return;
    }
    const value = `${field}:${client.name}:r${round}:${k}`;
    if (field === 'alternates' || field === 'tags') {
      await client.service.saveEntry({ ...target, [field]: [...target[field], value] });
    } else {
      overwrites.push({ seq: ++seq, entryId: target.id, field, observed: target[field] });
      await client.service.saveEntry({ ...target, [field]: value });
    }
    changes.push({ seq: ++seq, client: client.name, entryId: target.id, field, value });
  };

  for (let round = 1; round <= rounds; round++) {
    // Everyone edits their own copy; a few work offline this round (no sync), now and then the server is down.
    const offline = new Set(clients.filter(() => random() < 0.2).map((client) => client.name));
    counts.offlineClientRounds += offline.size;
    const serverDown = Boolean(remote.stop) && random() < 0.12;
    const justEdited = new Set<string>();
    for (const client of clients) {
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; k++) await edit(client, round, k, justEdited);
    }
    const online = clients.filter((client) => !offline.has(client.name));
    for (const client of online) if (random() < 0.4) await resolveSome(client, round, false);
    if (serverDown) {
      counts.serverDownRounds++;
      await remote.stop!();
    }
    await Promise.all(online.map((client) => sync(client)));
    if (serverDown) await remote.start!();
  }

  // Everyone comes online and works through their conflicts until the desk agrees.
  for (let pass = 0; pass < 15; pass++) {
    for (const client of clients) {
      await sync(client);
      await resolveSome(client, rounds + 1 + pass, true);
    }
    const reports = [];
    for (const client of clients) reports.push(await sync(client));
    const pending = await Promise.all(clients.map(async (client) => (await client.service.conflicts()).length));
    if (pending.every((n) => n === 0) && reports.every((report) => report.received === 0 && !report.pushed)) break;
  }

  const finals = await Promise.all(clients.map(async (client) => sortById(await client.service.entries())));
  for (const client of clients) assert.deepEqual(await client.service.conflicts(), [], `${client.name} has no open conflicts`);
  for (let i = 1; i < finals.length; i++) assert.deepEqual(finals[i], finals[0], `${clients[i].name} converged with ${clients[0].name}`);
  const newcomer = await makeClient('Dana', path.join(root, 'newcomer'));
  await newcomer.service.configure({ remote: remote.remote });
  assert.deepEqual(sortById(await newcomer.service.entries()), finals[0], 'a fresh clone of the remote holds the same glossary');

  // The oracle: no change lost without being shown.
  const final = new Map(finals[0].map((entry) => [entry.id, entry]));
  const outcome = { merged: 0, shownInConflict: 0, overwrittenKnowingly: 0 };
  const holds = (value: unknown, change: Change) => (Array.isArray(value) ? value.includes(change.value) : value === change.value);
  for (const change of changes) {
    if (holds(final.get(change.entryId)?.[change.field], change)) {
      outcome.merged++;
      continue;
    }
    const shown = surfaced.some(
      (conflict) =>
        conflict.entryId === change.entryId &&
        [conflict.mine, conflict.theirs].some((side) =>
          conflict.field === null ? holds((side.value as TermEntry | undefined)?.[change.field], change) : conflict.field === change.field && holds(side.value, change),
        ),
    );
    if (shown) {
      outcome.shownInConflict++;
      continue;
    }
    const overwritten = overwrites.some(
      (o) =>
        o.seq > change.seq &&
        o.entryId === change.entryId &&
        (o.field === '*' ? holds((o.observed as TermEntry)[change.field], change) : o.field === change.field && holds(o.observed, change)),
    );
    assert.ok(overwritten, `change lost without a conflict: ${JSON.stringify(change)}`);
    outcome.overwrittenKnowingly++;
  }

  // Deletes: gone, or shown (after the delete) in a conflict where one side deleted the entry. An entry
  // that came back without that was resurrected silently.
  const deleteOutcome = { gone: 0, shownInConflict: 0 };
  for (const deletion of deletions) {
    if (!final.has(deletion.entryId)) {
      deleteOutcome.gone++;
      continue;
    }
    const shown = surfaced.some(
      (conflict) => conflict.entryId === deletion.entryId && conflict.field === null && conflict.surfacedSeq >= deletion.seq && (conflict.mine.deleted || conflict.theirs.deleted),
    );
    assert.ok(shown, `entry deleted by ${deletion.client} came back without a conflict: ${JSON.stringify(deletion)} → ${JSON.stringify(final.get(deletion.entryId))}`);
    deleteOutcome.shownInConflict++;
  }

  console.log(
    `[team-glossary ${label}] seed=${seed} clients=${clientCount} rounds=${rounds} ` +
      `adds=${counts.adds} (same id by two: ${counts.sharedIdAdds}) edits=${counts.edits} (status: ${counts.statusEdits}, same entry in a round: ${counts.sameEntryEdits}) ` +
      `deletes=${counts.deletes} (gone: ${deleteOutcome.gone}, shown in a conflict: ${deleteOutcome.shownInConflict}) ` +
      `syncs=${counts.syncs} offline-syncs=${counts.offlineSyncs} push-retries=${counts.pushRetries} server-down-rounds=${counts.serverDownRounds} offline-client-rounds=${counts.offlineClientRounds} ` +
      `conflicts=${counts.conflictsSurfaced} (whole-entry ${counts.wholeEntryConflicts}) resolved mine/theirs/combined=${counts.resolutions.mine}/${counts.resolutions.theirs}/${counts.resolutions.combined} ` +
      `changes=${changes.length}: merged=${outcome.merged} shown-in-conflict=${outcome.shownInConflict} overwritten-after-seen=${outcome.overwrittenKnowingly} lost=0 ` +
      `final-entries=${finals[0].length}`,
  );
  assert.ok(counts.conflictsSurfaced > 0, 'the rounds produced real conflicts');
  assert.ok(counts.statusEdits > 0 && changes.some((change) => change.field === 'status'), 'status changes were made and checked');
  assert.ok(counts.deletes > 0, 'entries were deleted and checked');
  assert.ok(outcome.merged > changes.length / 3, 'most changes merged silently');
  return counts;
}

function sortById(entries: TermEntry[]): TermEntry[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

test(`three translators over HTTP (git http-backend), randomized rounds, seed ${SEED}`, { timeout: 600_000 }, async () => {
  let server: GitHttpServer | undefined;
  let port = 0;
  let projectRoot = '';
  await runRounds('http-3', 3, 14, SEED, async (root) => {
    bareRepository(root, 'desk.git');
    projectRoot = root;
    server = await startGitHttpServer(projectRoot);
    port = Number(new URL(server.url).port);
    return {
      remote: `${server.url}/desk.git`,
      stop: async () => server!.close(),
      start: async () => {
        server = await startGitHttpServer(projectRoot, undefined, port);
      },
    };
  });
  await server?.close();
});

test(`two translators on a bare repository in a folder, randomized rounds, seed ${SEED + 1}`, { timeout: 600_000 }, async () => {
  await runRounds('folder-2', 2, 14, SEED + 1, async (root) => ({ remote: bareRepository(root, 'shared-drive.git') }));
});
