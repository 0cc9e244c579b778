import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from './http-client';

const root = join(import.meta.dirname, '../../..');

test('npm start without an Electron binary says so and serves the web host, printing one line: the URL with the token', async () => {
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, DUIZHAO_HOME: mkdtempSync(join(tmpdir(), 'dz-start-')), ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: join(root, 'no-electron-here') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 120 s; stderr: ${stderr}`)), 120_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('\n')) {
          clearTimeout(timer);
          resolve(stdout.split('\n')[0]);
        }
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}; stderr: ${stderr}`)));
    });
    assert.match(line, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    assert.match(stderr, /Electron binary not installed.*web host/);
    const url = new URL(line);
    const info = (await callApi(url.origin, url.searchParams.get('token')!, 'app.info', {})).json();
    assert.equal(info.result.host, 'web');
    assert.match(info.result.fallbackReason, /Electron binary not installed/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(stdout.trim().split('\n').length, 1, 'exactly one line on stdout');
  } finally {
    child.kill('SIGTERM');
  }
});
