import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveWebHost, type RunningWebHost } from '../../main/webhost/serve';

export const repositoryRoot = join(import.meta.dirname, '../..');
export const screenshotDir = join(repositoryRoot, 'test-output');
export const fixture = (name: string) => join(repositoryRoot, 'test/fixtures', name);

/** The renderer bundle the web host serves; built once if a plain `node scripts/run-tests.mjs` runs first. */
export function ensureRendererBuilt(): void {
  if (existsSync(join(repositoryRoot, 'dist/renderer/app.js'))) return;
  const result = spawnSync(process.execPath, [join(repositoryRoot, 'scripts/build.mjs')], { cwd: repositoryRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/build.mjs failed');
}

export interface EditorSession {
  dataHome: string;
  host: RunningWebHost;
  /** The page's browser context (a persistent profile when `profileDir` was given). */
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (a test asserts there are none). */
  errors: string[];
  close(): Promise<void>;
}

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/** Debian's chromium, headless, with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/**
 * A real web host over a fresh data home, and Debian's chromium on its page. By default the page lives in
 * a fresh off-the-record context (no disk cache, no V8 code cache); with `profileDir`, in a persistent
 * profile there, as a user's own browser keeps one (HTTP cache and code cache survive reloads).
 */
export async function openEditorSession(
  options: { dataHome?: string; width?: number; height?: number; profileDir?: string; /** Appended to the first page URL, e.g. `#path=…`. */ firstHash?: string } = {},
): Promise<EditorSession> {
  ensureRendererBuilt();
  mkdirSync(screenshotDir, { recursive: true });
  const dataHome = options.dataHome ?? mkdtempSync(join(tmpdir(), 'duizhao-editor-'));
  const host = await serveWebHost({ dataHome, port: 0, autosaveDelayMs: 300 });
  const viewport = { width: options.width ?? 1400, height: options.height ?? 860 };
  let context: BrowserContext;
  let page: Page;
  if (options.profileDir) {
    context = await chromium.launchPersistentContext(options.profileDir, { ...CHROMIUM, viewport });
    page = context.pages()[0] ?? (await context.newPage());
  } else {
    const browser = await launchChromium();
    page = await browser.newPage({ viewport });
    context = page.context();
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(host.pageUrl + (options.firstHash ?? ''));
  return {
    dataHome,
    host,
    context,
    page,
    errors,
    async close() {
      await (context.browser() ?? context).close();
      await host.close();
    },
  };
}

/** Creates a project by uploading a file through the start screen, and waits for the panes. */
export async function createProjectFromFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', path);
  await page.waitForSelector('.dz-pane-target .view-line', { timeout: 30_000 });
  // The cleanup report opens after a new project; close it to start translating.
  await page.waitForSelector('.dz-dialog[data-view="core.cleanupReport"]');
}

/** Pixel top of the line number N in a pane (source or target), as the browser lays it out. */
export async function lineNumberTop(page: Page, pane: 'source' | 'target', line: number): Promise<number | undefined> {
  return page.evaluate(
    ({ pane, line }) => {
      const numbers = document.querySelectorAll<HTMLElement>(`.dz-pane-${pane} .margin-view-overlays .line-numbers`);
      for (const node of numbers) if (node.textContent?.trim() === String(line)) return node.getBoundingClientRect().top;
      return undefined;
    },
    { pane, line },
  );
}

/** The translation pane's text, one entry per row, straight from the page's Monaco model. */
export async function targetRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = (window as unknown as { duizhaoApp: { activeEditor(): { panes: { target: { getModel(): { getLinesContent(): string[] } } } } } }).duizhaoApp;
    return app.activeEditor().panes.target.getModel().getLinesContent();
  });
}

/** Reveals a row in the middle of the panes (through the app, as a click on a find hit does). */
export async function revealRow(page: Page, row: number): Promise<void> {
  await page.evaluate((row) => {
    const app = (window as unknown as { duizhaoApp: { activeEditor(): { panes: { setActiveRow(r: number, m: boolean): void; focusTarget(): void } } } }).duizhaoApp;
    app.activeEditor().panes.setActiveRow(row, true);
    app.activeEditor().panes.focusTarget();
  }, row);
  await page.waitForTimeout(150);
}

export async function statusClassOfRow(page: Page, line: number): Promise<string | undefined> {
  return page.evaluate((line) => {
    const app = (window as unknown as { duizhaoApp: { activeEditor(): { getRows(): Array<{ status: string }> } } }).duizhaoApp;
    return app.activeEditor().getRows()[line - 1]?.status;
  }, line);
}
