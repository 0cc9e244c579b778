import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { prepareDocument } from '../../main/document/prepare';
import { createProject } from '../../main/project/model';
import { ProjectFileStore } from '../../main/project/file-store';
import { startHostProcess } from '../unit/webhost/host-process';
import { ensureRendererBuilt, fixture, launchChromium, revealRow, screenshotDir, targetRows } from './editor-harness';

async function openProjectPage(page: Page, pageUrl: string, file: string): Promise<void> {
  await page.goto(`${pageUrl}#path=${encodeURIComponent(file)}`);
  await page.waitForSelector('.dz-pane-target .view-line', { timeout: 60_000 });
}

/**
 * The translator types in chromium while the host process runs with its real autosave delay; the host
 * is killed (SIGKILL) without warning. A new host on the same data home reopens the project with every
 * confirmed row and the draft being typed, as the page left them.
 */
test('killing the host while translating in the browser loses nothing confirmed, nor the draft', { timeout: 240_000 }, async () => {
  ensureRendererBuilt();
  const dataHome = mkdtempSync(join(tmpdir(), 'dz-crash-ui-home-'));
  const file = join(mkdtempSync(join(tmpdir(), 'dz-crash-ui-')), 'plenary.duizhao');
  const seed = await prepareDocument({ kind: 'path', path: fixture('000_e9e6f547ac829196.txt') });
  await new ProjectFileStore().write(file, createProject(seed, { id: 'p-crash-ui', now: new Date() }));
  const savedBytes = readFileSync(file, 'utf8');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const first = await startHostProcess(dataHome);
    try {
      await openProjectPage(page, first.pageUrl, file);
      await revealRow(page, 0);
      await page.keyboard.type('Citywide meeting held to study the speeches');
      await page.keyboard.press('Control+Enter');
      await page.keyboard.type('Write a new chapter of high-quality development');
      await page.keyboard.press('Control+Enter');
      await page.keyboard.type('Guo Wenhai presided over');
      // Autosave runs within a second of an edit; give the page's own half-second batching time as well.
      await page.waitForTimeout(2_000);
    } finally {
      first.child.kill('SIGKILL');
    }
    assert.equal(await first.exited, 'SIGKILL');
    assert.equal(readFileSync(file, 'utf8'), savedBytes, 'autosave never writes the project file itself');

    const second = await startHostProcess(dataHome);
    try {
      await openProjectPage(page, second.pageUrl, file);
      const rows = await targetRows(page);
      assert.equal(rows[0], 'Citywide meeting held to study the speeches');
      assert.equal(rows[1], 'Write a new chapter of high-quality development');
      assert.equal(rows[2], 'Guo Wenhai presided over');
      const statuses = await page.evaluate(() => (window as any).duizhaoApp.activeEditor().getRows().slice(0, 3).map((r: { status: string }) => r.status));
      assert.deepEqual(statuses, ['translated', 'translated', 'draft']);
      await page.screenshot({ path: join(screenshotDir, 'crash-recovered.png') });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  } finally {
    await browser.close();
  }
});
