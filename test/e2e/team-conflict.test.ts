import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bareRepository, entry, makeClient, tempDir } from '../unit/team-glossary/fixtures';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir } from './editor-harness';

/**
 * Two translators, a real bare repository, the real UI in chromium through the web host: Anna's app shows
 * the conflict her offline edit ran into (both values, who and when); she combines the two, and Bo's next
 * sync has her resolution.
 */
test('a team glossary conflict is shown in the UI, and resolving it there syncs to the other translator', { timeout: 240_000 }, async () => {
  const root = tempDir('e2e');
  const remote = bareRepository(root);
  const anna = await makeClient('Anna', root);
  const bo = await makeClient('Bo', root);
  await anna.service.configure({ remote });
  await bo.service.configure({ remote });
  const term = entry({ id: 'zhi-zao-ye-dang-jia', zh: '制造业当家', en: 'manufacturing as the mainstay', note: 'Nanfang Daily usage' });
  await bo.service.saveEntry(term);
  await bo.service.sync();
  await anna.service.sync();
  // Both change the English rendering; Bo shares his first, Anna's is still only on her machine.
  await bo.service.saveEntry({ ...term, en: 'making manufacturing the top priority' });
  await bo.service.sync();
  await anna.service.saveEntry({ ...term, en: 'manufacturing first' });

  // Anna opens the app: it syncs on open, runs into the conflict and shows it.
  const session = await openEditorSession({ dataHome: anna.home });
  const { page } = session;
  try {
    const card = page.locator('.dz-team-card[data-conflict="zhi-zao-ye-dang-jia/en"]');
    if (!(await card.isVisible().catch(() => false))) {
      // The sync on open may finish before the page listens for events: open the view from the menu.
      await page.waitForTimeout(1500);
      if (!(await card.isVisible())) {
        await page.click('.dz-menu-title[data-menu="glossary"]');
        await page.click('.dz-menu-item[data-command="team.showConflicts"]');
      }
    }
    await card.waitFor({ timeout: 30_000 });
    assert.equal(await card.locator('[data-testid=team-mine] .dz-team-value').textContent(), 'manufacturing first');
    assert.equal(await card.locator('[data-testid=team-theirs] .dz-team-value').textContent(), 'making manufacturing the top priority');
    assert.match((await card.locator('[data-testid=team-mine] .dz-team-side-head').textContent()) ?? '', /Anna/);
    assert.match((await card.locator('[data-testid=team-theirs] .dz-team-side-head').textContent()) ?? '', /Bo/);
    assert.match((await card.textContent()) ?? '', /制造业当家/);
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-01-shown.png') });

    await card.locator('[data-testid=team-combine]').click();
    const combined = 'making manufacturing the top priority (manufacturing first)';
    await card.locator('[data-testid=team-combined-text]').fill(combined);
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-02-combining.png') });
    await card.locator('[data-testid=team-save-combined]').click();
    await page.waitForSelector('[data-testid=team-no-conflicts]', { timeout: 30_000 });
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-03-resolved.png') });

    // Bo syncs and has Anna's combined rendering.
    await bo.service.sync();
    const [bos] = await bo.service.entries();
    assert.equal(bos.en, combined);
    assert.equal(bos.note, 'Nanfang Daily usage');
    assert.deepEqual(await bo.service.conflicts(), []);

    // In the editor, the Team side tab shows the state and the entry's history, field by field.
    await page.click('.dz-main-view-header button');
    await createProjectFromFile(page, fixture('000_e9e6f547ac829196.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');
    await page.click('.dz-side-tab[data-view="team.panel"]');
    await page.waitForSelector('[data-testid=team-state]');
    assert.equal(await page.textContent('[data-testid=team-state]'), 'in sync');
    await page.selectOption('[data-testid=team-history-entry]', 'zhi-zao-ye-dang-jia');
    await page.waitForSelector('.dz-team-history li');
    const history = (await page.textContent('.dz-team-history')) ?? '';
    assert.match(history, /Anna/);
    assert.match(history, /English rendering: making manufacturing the top priority → making manufacturing the top priority \(manufacturing first\)/);
    assert.match(history, /sync merged the team’s edits/);
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-04-panel-history.png') });
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
