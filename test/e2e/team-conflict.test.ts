import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { TermEntry } from '../../glossary/engine/entry';
import { bareRepository, entry, makeClient, tempDir, type TestClient } from '../unit/team-glossary/fixtures';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir } from './editor-harness';

/**
 * Two translators, a real bare repository, the real UI in chromium through the web host: Anna's app shows
 * the conflict her offline edit ran into (both values, who and when) as soon as it opens; she combines
 * the two, and Bo's next sync has her resolution. Then, in the glossary panel, she edits the team entry
 * (it reaches Bo through the debounced sync), keeps a personal version (labelled as overriding the team
 * entry, never shared), removes it, and reverts the entry to an earlier version from its history.
 */

/** Bo syncs until his copy of the entry satisfies `check` (the web host shares Anna's edits a few seconds after them). */
async function untilBoHas(bo: TestClient, check: (entry: TermEntry | undefined) => boolean, what: string): Promise<TermEntry | undefined> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    await bo.service.sync();
    const found = (await bo.service.entries()).find((e) => e.id === 'zhi-zao-ye-dang-jia');
    if (check(found)) return found;
    if (Date.now() > deadline) assert.fail(`Bo never got ${what}; he has ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
test('sync on open shows a team conflict; resolving it, editing and reverting the team entry in the glossary panel reach the other translator', { timeout: 300_000 }, async () => {
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

  // Anna opens the app: it syncs on open, runs into the conflict and shows it, with no help from the
  // test (no menu click): a generous wait, for a slow machine, but the app must get there by itself.
  const session = await openEditorSession({ dataHome: anna.home });
  const { page } = session;
  try {
    const card = page.locator('.dz-team-card[data-conflict="zhi-zao-ye-dang-jia/en"]');
    await card.waitFor({ timeout: 60_000 });
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

    // The glossary panel: the team entry is labelled team; Edit saves to the team glossary by default.
    await page.click('.dz-side-tab[data-view="glossary.panel"]');
    await page.fill('[data-testid=glossary-search]', '制造业当家');
    const entryCard = page.locator('.dz-glossary-results [data-entry="zhi-zao-ye-dang-jia"]');
    await entryCard.waitFor();
    assert.equal(await entryCard.locator('[data-testid=layer-badge]').textContent(), 'team');
    await entryCard.locator('[data-testid=glossary-edit]').click();
    const editor = page.locator('.dz-dialog[data-view="glossary.termEditor"]');
    await editor.locator('input[name=layer][value=team]:checked').waitFor();
    assert.equal(await editor.locator('input[name=en]').inputValue(), combined);
    const edited = 'manufacturing as the mainstay of the economy';
    await editor.locator('input[name=en]').fill(edited);
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-05-edit-team-entry.png') });
    await editor.locator('button[type=submit]').click();
    await entryCard.locator('.dz-term-en', { hasText: edited }).waitFor();
    const bosEdited = await untilBoHas(bo, (e) => e?.en === edited, 'the edit made in the glossary panel');
    assert.equal(bosEdited?.note, 'Nanfang Daily usage', 'the fields Anna did not touch are as they were');
    assert.equal(bosEdited?.modifiedBy, 'Anna');

    // A personal version instead: labelled as overriding the team entry, and never shared.
    await entryCard.locator('[data-testid=glossary-edit]').click();
    await editor.locator('input[name=layer][value=personal]').check();
    assert.match((await editor.locator('.dz-save-hint').textContent()) ?? '', /hidden from you/);
    await editor.locator('input[name=en]').fill('manufacturing first (my wording)');
    await editor.locator('button[type=submit]').click();
    await entryCard.locator('[data-testid=override-badge]').waitFor();
    assert.equal(await entryCard.locator('[data-testid=layer-badge]').textContent(), 'personal');
    assert.equal(await entryCard.locator('[data-testid=override-badge]').textContent(), 'overrides team');
    assert.match((await entryCard.locator('.dz-term-shared').textContent()) ?? '', new RegExp(`team: ${edited}`));
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-06-personal-override.png') });
    // Editing the override says what it hides; choosing the team says the personal version will go.
    await entryCard.locator('[data-testid=glossary-edit]').click();
    await editor.locator('input[name=layer][value=personal]:checked').waitFor();
    assert.equal(await editor.locator('[data-testid=term-override-notice]').textContent(), `Your personal version overrides the team entry, which says: ${edited}`);
    await editor.locator('input[name=layer][value=team]').check();
    assert.match((await editor.locator('.dz-save-hint').textContent()) ?? '', /your personal version is removed/);
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-06b-edit-override.png') });
    await editor.locator('button', { hasText: 'Cancel' }).click();
    await bo.service.sync();
    assert.equal((await bo.service.entries()).find((e) => e.id === 'zhi-zao-ye-dang-jia')?.en, edited, 'a personal version stays personal');
    // Removing it (two clicks) brings the team entry back.
    await entryCard.locator('[data-testid=glossary-removeOverride]').click();
    await entryCard.locator('[data-testid=glossary-removeOverride]').click();
    await entryCard.locator('[data-testid=layer-badge]', { hasText: 'team' }).waitFor();

    // History from git in the glossary panel, and revert to the combined version.
    await entryCard.locator('[data-testid=glossary-history-toggle]').click();
    const versions = entryCard.locator('[data-testid=glossary-history] li[data-commit]');
    await versions.nth(2).waitFor();
    const newest = (await versions.nth(0).textContent()) ?? '';
    assert.match(newest, /Anna/);
    assert.match(newest, new RegExp(`English rendering: ${combined.replace(/[()]/g, '\\$&')} → ${edited}`));
    assert.equal(await versions.nth(0).locator('[data-testid=team-revert]').count(), 0, 'the current version has no revert');
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-07-glossary-history.png') });
    await versions.nth(1).locator('[data-testid=team-revert]').click();
    await entryCard.locator('.dz-term-en', { hasText: combined }).waitFor({ timeout: 30_000 });
    await untilBoHas(bo, (e) => e?.en === combined, 'the revert');
    // The revert is itself a version in the history.
    await entryCard.locator('[data-testid=glossary-history] li[data-commit]').first().filter({ hasText: `English rendering: ${edited} → ${combined}` }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'team-conflict-08-reverted.png') });
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
