import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { composeServices } from '../../../main/services/compose';
import { FileSecretStore, SECRETS_FILE_NAME, type SecretCipher } from '../../../main/settings/secret-store';
import { FileSettingsStore } from '../../../main/settings/file-store';
import { TeamGlossaryService, teamDirectory } from '../../../main/team-glossary/service';
import { teamSettingsFrom } from '../../../main/team-glossary/settings-adapter';
import { startGitHttpServer, type GitHttpServer } from './git-http-server';
import { bareRepository, entry, makeClient, tempDir, type TestClient } from './fixtures';

const TOKEN = 'glpat-7hS2-desk-token';

const modeOf = async (file: string) => (await fs.stat(file)).mode & 0o777;

/** A real git server that wants the token (basic auth), with one translator configured against it. */
async function withAuthServer(label: string, name: string, run: (context: { root: string; url: string; client: TestClient; server: GitHttpServer }) => Promise<void>): Promise<void> {
  const root = tempDir(label);
  bareRepository(root, 'desk.git');
  const server = await startGitHttpServer(root, { username: 'desk', password: TOKEN });
  try {
    const url = `${server.url}/desk.git`;
    const client = await makeClient(name, root);
    await client.service.configure({ remote: url, username: 'desk', token: TOKEN });
    await run({ root, url, client, server });
  } finally {
    await server.close();
  }
}

test('file fallback: the token goes to secrets.json (mode 0600), never settings.json, and sync over HTTP uses it', async () => {
  await withAuthServer('credentials', 'Anna', async ({ url, client: anna, server }) => {
    const status = await anna.service.status();
    assert.equal(status.hasToken, true);
    assert.equal(status.tokenProtection, 'private-file');
    assert.ok(!JSON.stringify(status).includes(TOKEN), 'status never carries the token');

    const settingsText = await fs.readFile(path.join(anna.home, 'settings.json'), 'utf8');
    assert.ok(!settingsText.includes(TOKEN), 'the token is not in settings.json');
    assert.equal(JSON.parse(settingsText).team.remote, url);
    assert.equal(JSON.parse(settingsText).team.username, 'desk');
    const secretsFile = path.join(anna.home, SECRETS_FILE_NAME);
    assert.equal(await modeOf(secretsFile), 0o600);
    assert.ok((await fs.readFile(secretsFile, 'utf8')).includes(TOKEN));
    assert.deepEqual((await fs.readdir(anna.home)).filter((name) => name.endsWith('.tmp')), [], 'no temp file left behind');

    // A fresh service over the same data home (the app restarted) syncs through the server, which
    // refuses anything without the token.
    const restarted = new TeamGlossaryService({ directory: teamDirectory(anna.home), settings: teamSettingsFrom(FileSettingsStore.inDataHome(anna.home), FileSecretStore.inDataHome(anna.home)) });
    await restarted.saveEntry(entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'Two Affirmations' }));
    const before = server.requests;
    const report = await restarted.sync();
    assert.equal(report.pushed, true);
    assert.ok(server.requests > before, 'the sync really went over HTTP');

    // The token is tied to its address: pointing the settings at another server does not send it there.
    await anna.settings.update({ team: { remote: 'https://elsewhere.example.org/desk.git', username: 'desk' } });
    const elsewhere = await teamSettingsFrom(anna.settings, anna.secrets).teamRemote();
    assert.equal(elsewhere?.token, undefined);

    // A looser mode (a restored backup) is tightened when the file is read.
    await fs.chmod(secretsFile, 0o644);
    await anna.secrets.get('team.token');
    assert.equal(await modeOf(secretsFile), 0o600);
  });
});

test('a plain token an older version left in settings.json moves to the secret store on first read, and sync still works', async () => {
  await withAuthServer('migrate', 'Bo', async ({ root, client: bo }) => {
    // What an older Duizhao wrote: the token inside settings.json, no secrets file.
    const settingsFile = path.join(bo.home, 'settings.json');
    const legacy = JSON.parse(await fs.readFile(settingsFile, 'utf8'));
    legacy.team.token = TOKEN;
    await fs.writeFile(settingsFile, JSON.stringify(legacy));
    await fs.rm(path.join(bo.home, SECRETS_FILE_NAME));

    const upgraded = await makeClient('Bo', root);
    await upgraded.service.saveEntry(entry({ id: 'bai-qian-wan', zh: '百千万工程', en: 'High-Quality Development Project' }));
    assert.equal((await upgraded.service.sync()).pushed, true);
    assert.ok(!(await fs.readFile(settingsFile, 'utf8')).includes(TOKEN), 'the token left settings.json');
    assert.equal(await modeOf(path.join(bo.home, SECRETS_FILE_NAME)), 0o600);
    const again = await makeClient('Bo', root);
    assert.equal((await again.service.sync()).state, 'synced', 'later syncs read it from the secret store');
  });
});

/** A reversible stand-in for the OS keychain (safeStorage is Electron's); it marks what it encrypted. */
const fakeKeychain: SecretCipher = {
  encrypt: (plain) => Buffer.from(`KEYCHAIN:${Buffer.from(plain).reverse().toString('base64')}`),
  decrypt: (data) => {
    const text = Buffer.from(data).toString();
    if (!text.startsWith('KEYCHAIN:')) throw new Error('not encrypted by this keychain');
    return Buffer.from(text.slice('KEYCHAIN:'.length), 'base64').reverse().toString();
  },
};

test('with an OS keychain the token is stored encrypted; a plain one is encrypted on read; without the keychain it is a clear error', async () => {
  const home = tempDir('keychain');
  const file = path.join(home, SECRETS_FILE_NAME);
  // The web host or CLI stored it in the clear first.
  await FileSecretStore.inDataHome(home).set('team.token', TOKEN);
  const desktop = FileSecretStore.inDataHome(home, fakeKeychain);
  assert.equal(desktop.protection, 'os-encrypted');
  assert.equal(await desktop.get('team.token'), TOKEN);
  const stored = await fs.readFile(file, 'utf8');
  assert.ok(!stored.includes(TOKEN), 'no longer in the clear');
  assert.match(stored, /"protection": "os-encrypted"/);
  assert.equal(await modeOf(file), 0o600);
  assert.equal(await FileSecretStore.inDataHome(home, fakeKeychain).get('team.token'), TOKEN);

  await assert.rejects(FileSecretStore.inDataHome(home).get('team.token'), { code: 'SECRET_ENCRYPTED' });
  const brokenKeychain: SecretCipher = { encrypt: fakeKeychain.encrypt, decrypt: () => { throw new Error('wrong user'); } };
  await assert.rejects(FileSecretStore.inDataHome(home, brokenKeychain).get('team.token'), { code: 'SECRET_UNREADABLE' });
  assert.equal(await fs.readFile(file, 'utf8'), stored, 'a secret that cannot be read is left as it was');

  await desktop.set('team.token', undefined);
  assert.equal(await desktop.get('team.token'), undefined);
  await fs.writeFile(file, 'not json');
  await assert.rejects(desktop.set('team.token', TOKEN), { code: 'SECRETS_FILE_INVALID' });
  assert.equal(await fs.readFile(file, 'utf8'), 'not json', 'a file that is not a secrets file is never overwritten');
});

test('through the API: settings never return the token, settings.update cannot write one, an unreadable token is reported by status and sync', async () => {
  const root = tempDir('api-credentials');
  const remote = bareRepository(root);
  const home = path.join(root, 'anna');
  const services = await composeServices({ dataHome: home, host: 'test', appVersion: 'test' });
  try {
    const configured = await services.dispatch('team.configure', { remote, token: TOKEN }, { host: 'test' });
    assert.ok(configured.ok, JSON.stringify(configured));
    // Even a legacy token still in the file is not handed to the UI.
    const settingsFile = path.join(home, 'settings.json');
    const legacy = JSON.parse(await fs.readFile(settingsFile, 'utf8'));
    await fs.writeFile(settingsFile, JSON.stringify({ ...legacy, team: { ...legacy.team, token: TOKEN } }));
    const fresh = await composeServices({ dataHome: home, host: 'test', appVersion: 'test' });
    try {
      const got = await fresh.dispatch('settings.get', {}, { host: 'test' });
      assert.ok(got.ok);
      assert.ok(!JSON.stringify(got.result).includes(TOKEN));
      const written = await fresh.dispatch('settings.update', { team: { remote, token: 'x' } }, { host: 'test' });
      assert.equal(!written.ok && written.error.code, 'API_INVALID_PARAMS');
      const status = await fresh.dispatch('team.status', {}, { host: 'test' });
      assert.ok(status.ok && !JSON.stringify(status.result).includes(TOKEN));
    } finally {
      await fresh.dispose();
    }

    // Encrypted by the desktop app: the web host says why it cannot use it, and local edits still work.
    await FileSecretStore.inDataHome(home, fakeKeychain).set('team.token', JSON.stringify({ remote, token: TOKEN }));
    const status = await services.dispatch('team.status', {}, { host: 'test' });
    assert.ok(status.ok);
    assert.equal((status.result as { lastError?: { code: string } }).lastError?.code, 'SECRET_ENCRYPTED');
    const saved = await services.dispatch('team.saveEntry', { entry: entry({ id: 'x', zh: '甲', en: 'A' }) }, { host: 'test' });
    assert.ok(saved.ok, JSON.stringify(saved));
    const sync = await services.dispatch('team.sync', {}, { host: 'test' });
    assert.equal(!sync.ok && sync.error.code, 'SECRET_ENCRYPTED');
  } finally {
    await services.dispose();
  }
});
