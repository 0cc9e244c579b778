import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bareRepository, entry, makeClient, tempDir } from '../unit/team-glossary/fixtures';
import { startGitHttpServer } from '../unit/team-glossary/git-http-server';
import { createProjectFromFile, fixture, openEditorSession, screenshotDir } from './editor-harness';

/**
 * A translator's access token stops working (the server's password changed) while a real git HTTP
 * server keeps the team glossary: the Team tab says the credentials were refused, and "Change repository
 * or token…" takes a new token for the same repository, keeping the local edit that waited for it, which
 * the next sync then shares.
 */
test('Team tab: a refused token is replaced from the panel and the waiting edit is shared', { timeout: 240_000 }, async () => {
  const root = tempDir('e2e-token');
  bareRepository(root, 'desk.git');
  const credentials = { username: 'desk', password: 'first-token' };
  const server = await startGitHttpServer(root, credentials);
  const remote = `${server.url}/desk.git`;
  const anna = await makeClient('Anna', root);
  await anna.service.configure({ remote, username: 'desk', token: 'first-token' });
  const bo = await makeClient('Bo', root);
  await bo.service.configure({ remote, username: 'desk', token: 'first-token' });

  const session = await openEditorSession({ dataHome: anna.home });
  const { page } = session;
  try {
    // The desk rotates its token; Anna's edit is made with the old one still stored.
    credentials.password = 'second-token';
    await anna.service.saveEntry(entry({ id: 'zhi-zao-ye-dang-jia', zh: '制造业当家', en: 'manufacturing as the mainstay' }));

    await createProjectFromFile(page, fixture('000_e9e6f547ac829196.txt'));
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');
    await page.click('.dz-side-tab[data-view="team.panel"]');
    await page.click('[data-testid=team-sync]');
    await page.waitForFunction(() => document.querySelector('[data-testid=team-state]')?.textContent === 'problem — see below', undefined, { timeout: 30_000 });
    assert.match((await page.textContent('.dz-team-error')) ?? '', /refused the credentials \(HTTP 401\)/);

    // The failed sync said so in a toast too: close it, so the next toast is the connect's own.
    const errorToasts = page.locator('.dz-toast-error');
    await errorToasts.first().waitFor({ timeout: 30_000 });
    while ((await errorToasts.count()) > 0) await errorToasts.first().locator('.dz-toast-close').click();
    await page.click('[data-testid=team-change]');
    assert.equal(await page.inputValue('[data-testid=team-remote]'), remote);
    assert.equal(await page.inputValue('[data-testid=team-username]'), 'desk');
    // A wrong token is refused and changes nothing: the form stays, with what was typed.
    await page.fill('[data-testid=team-token-input]', 'not-the-token');
    await page.click('[data-testid=team-connect]');
    await page.locator('.dz-toast-error', { hasText: 'refused the credentials' }).first().waitFor({ timeout: 30_000 });
    assert.equal(await page.inputValue('[data-testid=team-token-input]'), 'not-the-token');
    while ((await errorToasts.count()) > 0) await errorToasts.first().locator('.dz-toast-close').click();

    await page.fill('[data-testid=team-token-input]', 'second-token');
    // A background sync finishing meanwhile (it fails: the old token is still stored) does not redraw
    // the panel over the form and what was typed.
    const background = await session.host.services.dispatch('team.sync', {}, { host: 'web' });
    assert.equal(background.ok, false);
    await page.waitForTimeout(500);
    assert.equal(await page.inputValue('[data-testid=team-token-input]'), 'second-token');
    await page.screenshot({ path: join(screenshotDir, 'team-connection-01-new-token.png') });
    await page.click('[data-testid=team-connect]');
    await page.locator('.dz-toast', { hasText: 'Team glossary connection saved.' }).waitFor({ timeout: 30_000 });
    await page.waitForSelector('[data-testid=team-form]', { state: 'detached' });
    assert.match((await page.textContent('[data-testid=team-token]')) ?? '', /stored in a file only you can read/);
    // The edit made before the token changed is still there, and the next sync shares it.
    await page.click('[data-testid=team-sync]');
    await page.waitForFunction(() => document.querySelector('[data-testid=team-state]')?.textContent === 'in sync', undefined, { timeout: 30_000 });
    await page.screenshot({ path: join(screenshotDir, 'team-connection-02-in-sync.png') });
    // One status, however many refreshes overlapped (the save, its sync event, the click).
    assert.equal(await page.locator('[data-testid=team-panel] .dz-team-status').count(), 1);
    await bo.service.configure({ remote, username: 'desk', token: 'second-token' });
    await bo.service.sync();
    assert.deepEqual((await bo.service.entries()).map((e) => e.en), ['manufacturing as the mainstay']);
    assert.deepEqual(session.errors.filter((e) => !/HTTP 4\d\d .*\/api\//.test(e)), []);
  } finally {
    await session.close();
    await server.close();
  }
});
