import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createProjectFromFile, fixture, openEditorSession, revealRow, screenshotDir } from './editor-harness';

/**
 * Find searches what the panes show: the Traditional original of seed 004 while the left pane shows
 * it, the cleaned Simplified text otherwise, and again as the translator types. Preferences set the
 * translator's name, which is recorded with every confirmed segment.
 */
test('find follows the original text and typing; preferences record the translator on confirmed segments', { timeout: 240_000 }, async () => {
  const session = await openEditorSession({ width: 1400, height: 900 });
  const { page } = session;
  const hitCount = async () => page.$$eval('.dz-find-results li', (nodes) => nodes.length);
  const hitTexts = async () => page.$$eval('.dz-find-results mark', (nodes) => nodes.map((n) => n.textContent));
  try {
    await createProjectFromFile(page, fixture('004_4ed90946d4ffdd9d.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');

    // 錨定 is only in the original (cleaned: 锚定).
    await page.keyboard.press('Control+F');
    await page.fill('[data-testid=find-input]', '錨定');
    assert.equal(await hitCount(), 0, 'the cleaned Simplified text has 锚定, not 錨定');
    await page.click('.dz-original-switch input');
    await page.waitForTimeout(400);
    assert.equal(await hitCount(), 2, 'with the original shown, the Traditional word is found (twice in 004)');
    assert.deepEqual(await hitTexts(), ['錨定', '錨定']);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const marked = await page.$$eval('.dz-pane-source .dz-find-match', (nodes) => nodes.map((n) => n.textContent));
    assert.ok(marked.length > 0 && marked.every((t) => t === '錨定'), `the highlight sits on the word in the original text: ${marked}`);
    await page.screenshot({ path: join(screenshotDir, 'find-01-original.png') });
    await page.click('.dz-original-switch input');
    await page.waitForTimeout(400);
    assert.equal(await hitCount(), 0);

    // Matches follow typing while the panel is open.
    await page.fill('[data-testid=find-input]', 'Zhongshan');
    assert.equal(await hitCount(), 0);
    await revealRow(page, 0);
    await page.keyboard.type('Zhongshan holds rural work conference');
    await page.waitForTimeout(600);
    assert.equal(await hitCount(), 1, 'the new translation is searched again');

    // Preferences: the translator's name goes with every segment confirmed from now on.
    await page.keyboard.press('Control+,');
    await page.waitForSelector('[data-testid=settings-translator]');
    await page.fill('[data-testid=settings-translator]', 'Chen Li');
    await page.screenshot({ path: join(screenshotDir, 'find-02-preferences.png') });
    await page.click('[data-testid=settings-save]');
    await page.waitForSelector('[data-testid=settings-translator]', { state: 'detached' });
    await revealRow(page, 0);
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(800);
    const [settings, project] = await page.evaluate(async () => {
      const app = (window as any).duizhaoApp;
      const handle = app.current().handle;
      return [await app.client.call('settings.get', {}), await app.client.call('project.get', { handle })];
    });
    assert.equal(settings.translatorName, 'Chen Li');
    assert.equal(project.project.segments[0].status, 'translated');
    assert.equal(project.project.segments[0].modifiedBy, 'Chen Li');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
