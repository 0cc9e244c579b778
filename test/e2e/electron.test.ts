import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { ProjectFileStore } from '../../main/project/file-store';
import { createProject } from '../../main/project/model';
import { prepareDocument } from '../../main/document/prepare';
import { targetRows } from './editor-harness';

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

test('the Electron shell: secure window, the bridge, the API and the translator journey in the window', { timeout: 180_000 }, async (t) => {
  const executablePath = electronBinary();
  if (!executablePath) {
    t.skip('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): this test runs where `npx electron` works');
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    t.skip('no display (DISPLAY/WAYLAND_DISPLAY unset): run under xvfb-run to include the Electron journey');
    return;
  }
  if (!existsSync(join(root, 'dist/electron/main.cjs')) || !existsSync(join(root, 'dist/renderer/index.html'))) {
    t.skip('the app is not built: run `npm run build` first');
    return;
  }
  const dataHome = mkdtempSync(join(tmpdir(), 'dz-electron-home-'));
  const projectFile = join(mkdtempSync(join(tmpdir(), 'dz-electron-')), 'plenary.duizhao');
  const seed = await prepareDocument({ kind: 'path', path: join(root, 'test/fixtures/000_e9e6f547ac829196.txt') });
  await new ProjectFileStore().write(projectFile, createProject(seed, { id: 'p-electron', now: new Date() }));

  const app = await _electron.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, projectFile],
    env: { ...process.env, DUIZHAO_HOME: dataHome },
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    assert.match(window.url(), /^app:\/\/duizhao\/index\.html#handle=/);

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

    // The launch argument opened the project in this window, on screen: both panes, one row per segment.
    await window.waitForSelector('.dz-pane-target .view-line', { timeout: 60_000 });
    const rows = await targetRows(window);
    assert.equal(rows.length, seed.segments.length);
    await window.waitForSelector('.dz-pane-source .dz-term', { timeout: 30_000 });

    // The journey the chromium test makes: type, confirm with Ctrl+Enter, insert a rendering with Ctrl+1.
    await window.keyboard.type('Citywide meeting of officials held');
    await window.keyboard.press('Control+Enter');
    await window.waitForSelector('[data-testid=segment-terms] .dz-term-card', { timeout: 30_000 });
    const firstTerm = (await window.textContent('[data-testid=segment-terms] .dz-term-card .dz-term-insert')) ?? '';
    await window.keyboard.type('Write a new chapter of');
    await window.keyboard.press('Control+1');
    assert.equal((await targetRows(window))[1], `Write a new chapter of ${firstTerm}`);

    const handle = new URLSearchParams(new URL(window.url()).hash.slice(1)).get('handle')!;
    const opened = await call('project.get', { handle });
    assert.equal(opened.result.path, projectFile);
    await window.waitForTimeout(800);
    await call('project.save', { handle });
    const saved = JSON.parse(readFileSync(projectFile, 'utf8'));
    assert.equal(saved.segments[0].status, 'translated');
    assert.equal(saved.segments[0].target, 'Citywide meeting of officials held');
    assert.equal(saved.segments[1].target, `Write a new chapter of ${firstTerm}`);

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
