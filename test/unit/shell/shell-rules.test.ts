import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isAppUrl, appPageUrl } from '../../../main/shell/app-url';
import { readRoute } from '../../../renderer/src/shell/route';
import { classifyLaunchPaths } from '../../../main/shell/launch-paths';
import { restoreWindowState, DEFAULT_WINDOW_STATE } from '../../../main/shell/window-state';
import { dialogSpec } from '../../../main/shell/dialog-options';
import { checkExternalUrl } from '../../../main/services/external-url';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('only main/shell imports electron', () => {
  const offenders = ['main', 'renderer', 'glossary']
    .flatMap((dir) => sourceFiles(join(root, dir)))
    .filter((file) => !relative(root, file).startsWith('main/shell/'))
    .filter((file) => /from\s+['"]electron['"]|require\(['"]electron['"]\)|import\(['"]electron['"]\)/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});

test('IPC senders and navigation: only app://duizhao pages count as the UI', () => {
  assert.equal(isAppUrl(appPageUrl()), true);
  assert.equal(isAppUrl(appPageUrl('h-1')), true);
  assert.equal(appPageUrl('a b'), 'app://duizhao/index.html#handle=a+b');
  // The renderer reads the handle from exactly that address, so the window opens on its project.
  assert.deepEqual(readRoute(new URL(appPageUrl('h-1&x=y')).hash), { handle: 'h-1&x=y', path: undefined });
  for (const url of ['https://duizhao', 'app://evil/index.html', 'file:///index.html', 'http://127.0.0.1:3000/', 'app://user:pw@duizhao/', '', undefined, 'not a url']) {
    assert.equal(isAppUrl(url), false, String(url));
  }
});

test('external links: https to a real host only', () => {
  assert.equal(checkExternalUrl('https://english.www.gov.cn/news/'), 'https://english.www.gov.cn/news/');
  for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com', 'https://localhost/', 'https://127.0.0.1/', 'https://intranet/', 'mailto:a@b.c', 'nonsense']) {
    assert.throws(() => checkExternalUrl(url), (error: Error & { code?: string }) => error.code === 'LINK_REFUSED' || error.code === 'LINK_INVALID', url);
  }
});

test('launch arguments: projects open, documents become projects, the rest is ignored', () => {
  const request = classifyLaunchPaths(['.', '--inspect', 'a.duizhao', 'news.DOCX', 'page.html', 'photo.png', '/abs/b.txt'], '/home/t');
  assert.deepEqual(request, { projects: ['/home/t/a.duizhao'], documents: ['/home/t/news.DOCX', '/home/t/page.html', '/abs/b.txt'] });
});

test('a window remembered on a monitor that is gone comes back onto the screen', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  assert.deepEqual(restoreWindowState(undefined, screen), DEFAULT_WINDOW_STATE);
  assert.deepEqual(restoreWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screen), { x: 100, y: 50, width: 1200, height: 800, maximized: false });
  const offscreen = restoreWindowState({ x: 3000, y: 200, width: 1200, height: 800, maximized: true }, screen);
  assert.equal(offscreen.x, undefined, 'placed by the system instead');
  assert.equal(offscreen.maximized, true);
  assert.deepEqual(restoreWindowState({ width: 100, height: 50, maximized: false }, screen), { width: 640, height: 420, maximized: false });
});

test('dialogs filter for what they are for', () => {
  assert.deepEqual(dialogSpec('open-project').filters[0].extensions, ['duizhao']);
  assert.equal(dialogSpec('save-project').kind, 'save');
  assert.ok(dialogSpec('import-document').filters[0].extensions.includes('docx'));
  assert.deepEqual(dialogSpec('export', ['tmx']).filters, [{ name: 'TMX', extensions: ['tmx'] }]);
});
