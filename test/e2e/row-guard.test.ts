import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProjectFromFile, fixture, openEditorSession, revealRow, targetRows } from './editor-harness';

/**
 * Deleting in the translation pane never joins or removes rows: a selection across rows deletes only
 * within its first row, Delete at the end of a row and Backspace at its start do nothing, and cut of a
 * cross-row selection is kept inside the row too.
 */
test('deleting across rows keeps every row: selection + Delete, Delete at a row end, cut', { timeout: 180_000 }, async () => {
  const session = await openEditorSession();
  const { page } = session;
  try {
    await createProjectFromFile(page, fixture('000_e9e6f547ac829196.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');
    const texts = ['Citywide meeting of officials held', 'Write a new chapter', 'On April 18, a meeting was held'];
    for (const [row, text] of texts.entries()) {
      await revealRow(page, row);
      await page.keyboard.type(text);
    }
    const count = (await targetRows(page)).length;

    // From the middle of row 1, select down into row 3 and delete.
    await revealRow(page, 0);
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Citywide'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(200);
    let rows = await targetRows(page);
    assert.equal(rows.length, count, 'no row removed');
    assert.equal(rows[0], 'Citywide', 'only the part in the first row is deleted');
    assert.deepEqual(rows.slice(1, 3), texts.slice(1, 3), 'the rows below are untouched');

    // Delete at the end of a row does not pull the next row up; Backspace at a start does not join.
    await page.keyboard.press('End');
    await page.keyboard.press('Delete');
    await revealRow(page, 1);
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(200);
    rows = await targetRows(page);
    assert.equal(rows.length, count);
    assert.deepEqual(rows.slice(0, 3), ['Citywide', ...texts.slice(1, 3)]);

    // Cut of a selection from row 2 into row 3: only row 2's part goes (and is what the clipboard gets).
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.host.pageUrl).origin });
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Write a new '.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+X');
    await page.waitForTimeout(200);
    rows = await targetRows(page);
    assert.equal(rows.length, count);
    assert.equal(rows[1], 'Write a new ');
    assert.equal(rows[2], texts[2]);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'chapter');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
