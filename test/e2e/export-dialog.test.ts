import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir, targetRows } from './editor-harness';
import { readReviewTable } from '../../main/export/review-table-import';
import { WordDocument } from '../unit/export/helpers/word-edit';

/**
 * File › Export… and File › Import review… in the real UI, in chromium through the web host: the review
 * table downloads, an editor's change made in the file comes back through the import preview, and
 * Apply puts it in the translation pane.
 */
test('export dialog downloads a review table; importing the edited table updates the pane', { timeout: 240_000 }, async () => {
  const session = await openEditorSession({ width: 1400, height: 900 });
  const { page } = session;
  const work = mkdtempSync(join(tmpdir(), 'dz-export-ui-'));
  try {
    await createProjectFromFile(page, fixture('000_e9e6f547ac829196.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');

    await page.click('.dz-menu-title[data-menu=file]');
    await page.click('.dz-menu-item[data-command="export.export"]');
    await page.waitForSelector('[data-testid=export-dialog]');
    assert.equal(await page.locator('[data-testid^=export-format-]').count(), 9);
    assert.equal(await page.isVisible('[data-testid=export-landscape]'), true, 'landscape is offered for the review table');
    await page.screenshot({ path: join(screenshotDir, 'export-01-dialog.png') });
    await page.check('[data-testid=export-format-tmx]');
    assert.equal(await page.isVisible('[data-testid=export-landscape]'), false, 'and only there');
    await page.check('[data-testid=export-format-docx-table]');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-run]')]);
    assert.match(download.suggestedFilename(), /\.review\.docx$/);
    const exported = join(work, 'review.docx');
    await download.saveAs(exported);
    const reading = await readReviewTable(new Uint8Array(readFileSync(exported)));
    assert.equal(reading.rows.length, 42);
    await page.waitForSelector('[data-testid=export-dialog]', { state: 'detached' });

    const word = await WordDocument.open(new Uint8Array(readFileSync(exported)));
    word.typeInto('s3', 2, 'On April 18, a city-wide cadre meeting was held at the Municipal Conference Center.');
    word.typeInto('s3', 4, 'Edited by the desk editor.');
    const edited = join(work, 'review-edited.docx');
    writeFileSync(edited, await word.save());

    await page.click('.dz-menu-title[data-menu=file]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.dz-menu-item[data-command="export.importReview"]')]);
    await chooser.setFiles(edited);
    await page.waitForSelector('[data-testid=review-import]', { timeout: 30_000 });
    assert.equal(await page.locator('.dz-review-change').count(), 1);
    assert.match((await page.textContent('.dz-review-change')) ?? '', /#3.*held at the Municipal Conference Center.*Edited by the desk editor/s);
    await page.screenshot({ path: join(screenshotDir, 'export-02-import-review.png') });
    await page.click('[data-testid=review-apply]');
    await page.waitForSelector('[data-testid=review-import]', { state: 'detached', timeout: 30_000 });
    await page.waitForTimeout(500);
    const rows = await targetRows(page);
    assert.equal(rows[2], 'On April 18, a city-wide cadre meeting was held at the Municipal Conference Center.');
    assert.equal(rows[3], '', 'other rows untouched');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
