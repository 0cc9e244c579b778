import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess } from '../unit/webhost/host-process';
import { createProjectFromFile, ensureRendererBuilt, fixture, launchChromium, screenshotDir } from './editor-harness';

/**
 * A long article (the seed repeated to 16 MB, under the 20 MB import limit: a second or two of cleaning) read from the start screen: the progress row follows the
 * pipeline's steps; Cancel stops it on the services, says so, and leaves the start screen as it was, from
 * where the next article opens normally. The host runs in its own process, as `npm start` runs it: in
 * this process its synchronous cleanup steps would hold up the test's own messages to the browser.
 */
test('start screen: reading a long article shows its steps, Cancel stops it and no project opens', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-start-'));
  const seed = readFileSync(fixture('000_e9e6f547ac829196.txt'), 'utf8').trimEnd();
  const long = join(dir, 'long.txt');
  writeFileSync(long, Array.from({ length: Math.ceil(16_000_000 / Buffer.byteLength(seed)) }, () => seed).join('\n\n') + '\n');
  ensureRendererBuilt();
  const host = await startHostProcess(mkdtempSync(join(tmpdir(), 'dz-start-home-')));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(host.pageUrl);
    await page.waitForSelector('[data-action=choose-file]');
    await page.setInputFiles('[data-testid=file-input]', long);
    // Past the upload and reading: a cleanup step is running and the bar has moved.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid=start-progress]');
        const status = document.querySelector('[data-testid=start-status]')?.textContent ?? '';
        return Boolean(bar && !bar.hidden && bar.value >= 1 && /^Reading and cleaning “long”… (cleaning up|cleaned up: )/.test(status));
      },
      undefined,
      { timeout: 60_000, polling: 20 },
    );
    await page.screenshot({ path: join(screenshotDir, 'start-01-reading-progress.png') });
    await page.click('[data-action=cancel-start]');
    const toast = page.locator('.dz-toast', { hasText: 'Cancelled' });
    await toast.waitFor({ timeout: 15_000 });
    assert.equal(await toast.textContent().then((t) => t?.replace('×', '').trim()), 'Cancelled: no project was opened.');
    await page.waitForSelector('.dz-start-progress', { state: 'hidden' });
    assert.equal(await page.$('.dz-pane-target'), null, 'no editor opened');
    assert.equal(await page.$('.dz-toast-error'), null, 'a cancel is not an error');

    // The next article reads to the end and opens.
    await createProjectFromFile(page, fixture('000_e9e6f547ac829196.txt'));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    host.child.kill();
    await host.exited;
  }
});
