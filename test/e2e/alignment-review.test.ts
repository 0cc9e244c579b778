import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir, targetRows } from './editor-harness';
import { TranslationMemory } from '../../main/memory/store';
import type { OpenProject } from '../../main/api/contract/project';

async function importTranslation(page: Page, file: string) {
  await page.click('.dz-menu-title[data-menu=file]');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.dz-menu-item[data-command="alignment.importTranslation"]')]);
  await chooser.setFiles(file);
}

/** The open project as the services hold it. */
function currentProject(page: Page): Promise<OpenProject> {
  return page.evaluate(() => {
    const app = (window as unknown as { duizhaoApp: { client: { call(m: string, p: unknown): Promise<OpenProject> }; current(): { handle: string } } }).duizhaoApp;
    return app.client.call('project.get', { handle: app.current().handle });
  });
}

/**
 * File > Import translation… in a real project, in chromium through the web host: the English the
 * translator picks is aligned with the segments, the review view shows the pairs; merge, undo, split and
 * shift change them; Accept fills the translations and the translation memory.
 */
test('the alignment review: import a translation, merge, split, shift, undo, accept', { timeout: 240_000 }, async () => {
  const session = await openEditorSession({ width: 1500, height: 900 });
  const { page } = session;
  const rowShapes = () => page.$$eval('.dz-align-row', (rows) => rows.map((r) => r.getAttribute('data-shape')));
  try {
    await createProjectFromFile(page, fixture('alignment/seed000-opening.zh.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');

    await importTranslation(page, fixture('alignment/seed000-opening.en.txt'));
    // Progress shows while the dictionaries load and the sentences are paired, then the review opens.
    await page.waitForSelector('[data-testid=align-progress-dialog] [data-testid=align-progress]', { timeout: 10_000 });
    await page.waitForSelector('.dz-align-row', { timeout: 60_000 });
    assert.equal(await page.$('[data-testid=align-progress-dialog]'), null, 'the progress dialog gives way to the review');
    assert.deepEqual(await rowShapes(), ['1-1', '1-1', '1-1', '1-2', '1-1', '1-1', '1-3']);
    assert.match((await page.textContent('[data-testid=align-summary]')) ?? '', /^7 pairs, 0 to check$/);
    assert.match((await page.textContent('.dz-align-row[data-bead="3"] .dz-align-en')) ?? '', /Zhongshan convened.*put them into practice/);
    await page.screenshot({ path: join(screenshotDir, 'alignment-review-01-proposal.png') });

    // Merge row 4 with row 5, then undo.
    await page.click('.dz-align-row[data-bead="4"] [data-testid=align-merge]');
    assert.deepEqual(await rowShapes(), ['1-1', '1-1', '1-1', '1-2', '2-2', '1-3']);
    await page.screenshot({ path: join(screenshotDir, 'alignment-review-02-merged.png') });
    await page.click('[data-testid=align-undo]');
    assert.deepEqual(await rowShapes(), ['1-1', '1-1', '1-1', '1-2', '1-1', '1-1', '1-3']);

    // Split the 1-2 row: 1-1 plus an English sentence on its own; pulling it back up restores the pair.
    await page.click('.dz-align-row[data-bead="3"] [data-testid=align-split]');
    assert.deepEqual(await rowShapes(), ['1-1', '1-1', '1-1', '1-1', '0-1', '1-1', '1-1', '1-3']);
    await page.screenshot({ path: join(screenshotDir, 'alignment-review-03-split.png') });
    await page.click('.dz-align-row[data-bead="3"] [data-testid=align-pull-en]');
    assert.deepEqual(await rowShapes(), ['1-1', '1-1', '1-1', '1-2', '1-1', '1-1', '1-3']);

    // Unlink the last row and undo it with the keyboard.
    await page.click('.dz-align-row[data-bead="6"] [data-testid=align-unlink]');
    assert.deepEqual((await rowShapes()).slice(-2), ['1-0', '0-3']);
    assert.equal(await page.getAttribute('.dz-align-row[data-bead="6"]', 'data-low'), null, 'a decision of the translator is not marked uncertain');
    await page.keyboard.press('Control+z');
    assert.deepEqual((await rowShapes()).slice(-1), ['1-3']);

    await page.click('[data-testid=align-accept]');
    await page.waitForSelector('.dz-align-review', { state: 'detached', timeout: 30_000 });
    const accepted = page.locator('.dz-toast', { hasText: 'segments translated' });
    await accepted.waitFor({ timeout: 10_000 });
    assert.match((await accepted.textContent()) ?? '', /7 segments translated, 7 pairs added to the translation memory/);
    await page.waitForTimeout(500);
    const rows = await targetRows(page);
    assert.match(rows[3], /^On April 18, Zhongshan convened .* into practice\.$/);
    assert.match(rows[6], /^The whole city must keep firmly in mind/);
    await page.screenshot({ path: join(screenshotDir, 'alignment-review-04-accepted.png') });

    const memory = TranslationMemory.inDataHome(session.dataHome);
    assert.equal((await memory.allPairs()).length, 7);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

/**
 * A long article (the seed article 50 times over, 2,100 segments) and its English: the progress
 * dialog follows the alignment as it runs; Cancel stops it on the services, no review opens, and the
 * project and the translation memory are as they were.
 */
test('aligning a long translation shows progress, and Cancel leaves the project untouched', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-align-long-'));
  const repeat = (name: string, separator: string) => Array.from({ length: 50 }, () => readFileSync(fixture(`alignment/${name}`), 'utf8').trimEnd()).join(separator) + '\n';
  writeFileSync(join(dir, 'long.zh.txt'), repeat('seed000-article.zh.txt', '\n').replace(/\n/g, '\n\n'));
  writeFileSync(join(dir, 'long.en.txt'), repeat('seed000-article.en.txt', '\n'));
  const session = await openEditorSession({ width: 1400, height: 860 });
  const { page } = session;
  try {
    await createProjectFromFile(page, join(dir, 'long.zh.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');
    const before = await currentProject(page);
    assert.equal(before.project.segments.length, 2100);

    await importTranslation(page, join(dir, 'long.en.txt'));
    await page.waitForSelector('[data-testid=align-progress-dialog]', { timeout: 10_000 });
    // Wait until the sentences are being paired and the bar has moved past the preparations.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid=align-progress]');
        return Boolean(bar && !bar.hidden && bar.value > 20 && document.querySelector('[data-testid=align-status]')?.textContent === 'Pairing the sentences…');
      },
      undefined,
      { timeout: 90_000, polling: 20 },
    );
    // Cancel at once: a fast machine pairs these sentences in a few seconds.
    await page.click('[data-testid=align-cancel]');
    const cancelled = page.locator('.dz-toast', { hasText: 'Alignment cancelled' });
    await cancelled.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(screenshotDir, 'alignment-review-05-cancelled.png') });
    assert.match((await cancelled.textContent()) ?? '', /Alignment cancelled; the project is unchanged\./);
    await page.waitForSelector('[data-testid=align-progress-dialog]', { state: 'detached' });
    assert.equal(await page.$('.dz-align-review'), null, 'no review opens');

    const after = await currentProject(page);
    assert.deepEqual(after.project.segments, before.project.segments);
    assert.deepEqual(after.project.alignedPairs, []);
    assert.equal(after.dirty, before.dirty);
    assert.ok((await targetRows(page)).every((row) => row === ''), 'no translation filled in');
    assert.equal((await TranslationMemory.inDataHome(session.dataHome).allPairs()).length, 0);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
