import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir, targetRows } from './editor-harness';
import { TranslationMemory } from '../../main/memory/store';

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

    await page.click('.dz-menu-title[data-menu=file]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.dz-menu-item[data-command="alignment.importTranslation"]')]);
    await chooser.setFiles(fixture('alignment/seed000-opening.en.txt'));
    await page.waitForSelector('.dz-align-row', { timeout: 60_000 });
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
    // The "Aligning…" progress toast may still be on screen: wait for the one that reports the result.
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
