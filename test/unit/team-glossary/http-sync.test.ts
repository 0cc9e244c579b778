import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { startGitHttpServer } from './git-http-server';
import { bareRepository, entry, makeClient, tempDir } from './fixtures';
import { TEAM_TOKEN_SECRET } from '../../../main/team-glossary/settings-adapter';

test('over HTTP (git http-backend): clone, push, pull, and an offline edit catches up', async () => {
  const root = tempDir('http');
  bareRepository(root, 'desk.git');
  const server = await startGitHttpServer(root);
  try {
    const url = `${server.url}/desk.git`;
    const anna = await makeClient('Anna', root);
    const bo = await makeClient('Bo', root);
    await anna.service.configure({ remote: url });
    await bo.service.configure({ remote: url });
    await anna.service.saveEntry(entry({ id: 'zhi-zao-ye-dang-jia', zh: '制造业当家', en: 'manufacturing as the mainstay' }));
    assert.equal((await anna.service.sync()).pushed, true);
    assert.equal((await bo.service.sync()).received, 1);
    // Real git clones what Duizhao pushed (asynchronously: the server runs in this process).
    const checkout = path.join(root, 'checkout');
    await promisify(execFile)('git', ['clone', '--quiet', url, checkout]);
    const file = JSON.parse(await fs.readFile(path.join(checkout, 'entries', 'zhi-zao-ye-dang-jia.json'), 'utf8'));
    assert.equal(file.en, 'manufacturing as the mainstay');
    assert.ok(server.requests > 4);

    // Offline: the server goes away, edits still commit locally and sync reports "offline".
    await server.close();
    await bo.service.saveEntry({ ...(await bo.service.entries())[0], note: 'written on the train' });
    const offline = await bo.service.sync();
    assert.equal(offline.state, 'offline');
    assert.equal((await bo.service.status()).unpushed, true);
  } finally {
    await server.close().catch(() => undefined);
  }
});

test('wrong credentials (HTTP 401) give a clear message and leave the local glossary untouched', async () => {
  const root = tempDir('auth');
  bareRepository(root, 'desk.git');
  const server = await startGitHttpServer(root, { username: 'desk', password: 's3cret' });
  try {
    const url = `${server.url}/desk.git`;
    const anna = await makeClient('Anna', root);
    await assert.rejects(anna.service.configure({ remote: url, username: 'desk', token: 'wrong' }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'TEAM_AUTH_FAILED');
      assert.match(error.message, /refused the credentials \(HTTP 401\)/);
      return true;
    });
    assert.equal((await anna.service.status()).configured, false);
    await assert.rejects(anna.service.configure({ remote: url }), { code: 'TEAM_AUTH_FAILED' });

    const configured = await anna.service.configure({ remote: url, username: 'desk', token: 's3cret' });
    assert.equal(configured.configured, true);
    assert.equal(configured.hasToken, true);
    await anna.service.saveEntry(entry({ id: 'bai-qian-wan', zh: '百千万工程', en: 'High-Quality Development Project for Hundreds of Counties, Thousands of Towns and Tens of Thousands of Villages' }));
    await anna.service.sync();
    // The token is revoked: sync fails clearly, the entry stays.
    await anna.secrets.set(TEAM_TOKEN_SECRET, JSON.stringify({ remote: url, token: 'revoked' }));
    await assert.rejects(anna.service.sync(), { code: 'TEAM_AUTH_FAILED' });
    assert.equal((await anna.service.entries()).length, 1);
    assert.equal((await anna.service.status()).lastError?.code, 'TEAM_AUTH_FAILED');
  } finally {
    await server.close();
  }
});

test('a bad address, a server that is not git, and an unreachable host are refused clearly', async () => {
  const root = tempDir('bad');
  const anna = await makeClient('Anna', root);
  await assert.rejects(anna.service.configure({ remote: 'htp:/nowhere' }), { code: 'TEAM_BAD_REMOTE' });
  await assert.rejects(anna.service.configure({ remote: 'git@github.com:desk/glossary.git' }), { code: 'TEAM_BAD_REMOTE' });
  await assert.rejects(anna.service.configure({ remote: path.join(root, 'no-such-folder') }), { code: 'TEAM_BAD_REMOTE' });
  await assert.rejects(anna.service.configure({ remote: root }), { code: 'TEAM_NOT_A_REPOSITORY' });
  await assert.rejects(anna.service.configure({ remote: 'http://127.0.0.1:9/desk.git' }), { code: 'TEAM_REMOTE_UNREACHABLE' });
  const server = await startGitHttpServer(root);
  try {
    await assert.rejects(anna.service.configure({ remote: `${server.url}/missing.git` }), (error: Error & { code?: string }) => {
      assert.match(error.code ?? '', /TEAM_NOT_A_REPOSITORY|TEAM_REMOTE_FAILED/);
      return true;
    });
  } finally {
    await server.close();
  }
  assert.equal((await anna.service.status()).configured, false);
});
