import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { ProjectFileStore } from '../../main/project/file-store';
import { createProject } from '../../main/project/model';
import { sampleDocument } from '../unit/project/sample-document';

const root = join(import.meta.dirname, '../..');

/** The Electron binary, or why there is none (`require('electron')` throws or names a missing file). */
function electronBinary(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

test('the Electron shell: secure window, the bridge, the API and a project journey', async (t) => {
  const executablePath = electronBinary();
  if (!executablePath) {
    t.skip('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)');
    return;
  }
  if (!existsSync(join(root, 'dist/electron/main.cjs')) || !existsSync(join(root, 'dist/renderer/index.html'))) {
    t.skip('the app is not built: run `npm run build` first');
    return;
  }
  const dataHome = mkdtempSync(join(tmpdir(), 'dz-electron-home-'));
  const projectFile = join(mkdtempSync(join(tmpdir(), 'dz-electron-')), 'plenary.duizhao');
  await new ProjectFileStore().write(projectFile, createProject(sampleDocument(), { id: 'p-electron', now: new Date() }));

  const app = await _electron.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, projectFile],
    env: { ...process.env, DUIZHAO_HOME: dataHome },
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    assert.match(window.url(), /^app:\/\/duizhao\/index\.html\?project=/);

    // The page has no Node, and exactly the PreloadBridge.
    const surface = await window.evaluate(() => ({
      bridge: Object.keys((window as unknown as { duizhao: object }).duizhao).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    assert.deepEqual(surface, { bridge: ['invoke', 'onEvent'], require: 'undefined', process: 'undefined' });

    const call = (method: string, params: unknown) =>
      window.evaluate(([m, p]) => (window as unknown as { duizhao: { invoke(m: string, p: unknown): Promise<unknown> } }).duizhao.invoke(m as string, p), [method, params] as const) as Promise<{ ok: boolean; result?: any; error?: { code: string } }>;
    const info = await call('app.info', {});
    assert.equal(info.ok && info.result.host, 'electron');
    assert.equal(info.result.nativeDialogs, true);
    const invalid = await call('project.open', { path: 7 });
    assert.equal(invalid.error?.code, 'API_INVALID_PARAMS');

    // The launch argument opened the project in this window; edit, save, and check the file.
    const handle = new URL(window.url()).searchParams.get('project')!;
    const opened = await call('project.get', { handle });
    assert.equal(opened.result.path, projectFile);
    await call('project.updateSegment', { handle, segmentId: 's3', target: 'On April 18, the meeting was held.', status: 'translated' });
    await call('project.save', { handle });
    assert.equal(JSON.parse(readFileSync(projectFile, 'utf8')).segments[2].status, 'translated');

    // Navigation away from the UI is refused; the page stays ours.
    await window.evaluate(() => { location.href = 'https://example.com/'; });
    await window.waitForTimeout(500);
    assert.match(window.url(), /^app:\/\/duizhao\//);
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));
    assert.deepEqual(menus?.slice(-5), ['File', 'Edit', 'View', 'Glossary', 'Help']);
    await window.screenshot({ path: join(dataHome, 'electron-window.png') });
  } finally {
    await app.close();
  }
});
