import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createProjectFromFile, fixture, lineNumberTop, openEditorSession, revealRow, screenshotDir, targetRows } from './editor-harness';

const SEED_000 = fixture('000_e9e6f547ac829196.txt');

/** The status glyph drawn in the translation gutter beside line N (the DOM, not the model). */
async function gutterStatus(page: Page, line: number): Promise<string | undefined> {
  const top = await lineNumberTop(page, 'target', line);
  if (top === undefined) return undefined;
  return page.evaluate((top) => {
    for (const node of document.querySelectorAll<HTMLElement>('.dz-pane-target .dz-status')) {
      if (Math.abs(node.getBoundingClientRect().top - top) < 14) return /dz-status-(new|draft|translated|reviewed)/.exec(node.className)?.[1];
    }
    return undefined;
  }, top);
}

async function statusBarSegment(page: Page): Promise<string> {
  return (await page.textContent('[data-testid=segment-info]')) ?? '';
}

async function runMenu(page: Page, menu: string, command: string): Promise<void> {
  await page.click(`.dz-menu-title[data-menu=${menu}]`);
  await page.click(`.dz-menu-item[data-command="${command}"]`);
}

test('the editor journey in chromium: create from seed 000, aligned rows, confirm, glossary, language, theme, reload', async () => {
  const session = await openEditorSession();
  const { page } = session;
  try {
    await page.waitForSelector('.dz-start');
    await page.screenshot({ path: join(screenshotDir, 'editor-01-start.png') });

    // New project from a file, uploaded through the web host's `bytes` source.
    await createProjectFromFile(page, SEED_000);
    const report = (await page.textContent('.dz-dialog[data-view="core.cleanupReport"]')) ?? '';
    assert.match(report, /segments in \d+ paragraphs/);
    await page.screenshot({ path: join(screenshotDir, 'editor-02-cleanup-report.png') });
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');

    const rows = await targetRows(page);
    const sourceLines = await page.evaluate(() => (window as any).duizhaoApp.activeEditor().panes.source.getModel().getLinesContent() as string[]);
    assert.ok(rows.length > 20, `seed 000 has many segments, got ${rows.length}`);
    assert.equal(sourceLines.length, rows.length, 'one row per segment in both panes');
    assert.ok(sourceLines[0]!.includes('全市传达学习贯彻'));

    // Glossary terms are highlighted in the source pane.
    await page.waitForSelector('.dz-pane-source .dz-term');
    const highlighted = await page.$$eval('.dz-pane-source .dz-term', (nodes) => nodes.map((n) => n.textContent));
    assert.ok(highlighted.some((t) => t?.includes('习近平总书记')), `terms highlighted: ${highlighted.slice(0, 5).join(', ')}`);

    // Type a translation; Ctrl+Enter confirms it and moves to the next unconfirmed row.
    assert.match(await statusBarSegment(page), /Segment 1\b/);
    assert.equal(await gutterStatus(page, 1), 'new');
    await page.keyboard.type('Citywide meeting of officials held to study General Secretary Xi Jinping’s speeches');
    assert.equal(await gutterStatus(page, 1), 'draft');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(100);
    assert.equal(await gutterStatus(page, 1), 'translated');
    assert.match(await statusBarSegment(page), /Segment 2\b/);
    assert.match((await page.textContent('[data-testid=progress]')) ?? '', /^1 of \d+ confirmed/);

    // Row 2 has 高质量发展: the side panel lists it, Ctrl+1 inserts its rendering at the cursor.
    await page.waitForSelector('[data-testid=segment-terms] .dz-term-card');
    const firstTerm = (await page.textContent('[data-testid=segment-terms] .dz-term-card .dz-term-insert')) ?? '';
    assert.ok(firstTerm.length > 0);
    await page.keyboard.type('Write a new chapter of');
    await page.keyboard.press('Control+1');
    const row2 = (await targetRows(page))[1]!;
    assert.equal(row2, `Write a new chapter of ${firstTerm}`);
    assert.equal((await page.getAttribute('.dz-status-glossary', 'data-flags')) ?? '', '0', 'the inserted rendering satisfies the glossary check');

    // Enter never splits a row, Backspace at a row start never joins rows, pasted line breaks become spaces.
    const before = (await targetRows(page)).length;
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    assert.equal((await targetRows(page)).length, before);
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' in Zhongshan\r\nduring\nthe new era');
      const target = document.querySelector('.dz-pane-target textarea')!;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const afterPaste = await targetRows(page);
    assert.equal(afterPaste.length, before, 'paste keeps the row count');
    assert.equal(afterPaste[1], `Write a new chapter of ${firstTerm} in Zhongshan during the new era`);
    await page.keyboard.press('Enter');
    assert.equal((await targetRows(page)).length, before, 'Enter confirms instead of splitting');
    assert.equal(await gutterStatus(page, 2), 'translated');

    // A long translation that wraps more than its source: later rows stay side by side.
    await revealRow(page, 3);
    await page.keyboard.type(
      'Guo Wenhai, secretary of the CPC Zhongshan Municipal Committee, presided over the meeting and delivered a speech, and Xiao Zhanzhan, the mayor, attended the meeting; this sentence is deliberately long so that it wraps over several lines in the translation pane.',
    );
    await page.waitForTimeout(300);
    for (const line of [4, 5, 6, 7, 8]) {
      await revealRow(page, line - 1);
      const left = await lineNumberTop(page, 'source', line);
      const right = await lineNumberTop(page, 'target', line);
      assert.ok(left !== undefined && right !== undefined, `row ${line} is visible in both panes`);
      assert.ok(Math.abs(left - right) <= 1, `row ${line} starts at the same pixel: source ${left}, translation ${right}`);
    }
    // Scrolling one pane scrolls the other.
    await page.mouse.move(300, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    const scroll = await page.evaluate(() => {
      const panes = (window as any).duizhaoApp.activeEditor().panes;
      return [panes.source.getScrollTop(), panes.target.getScrollTop()] as [number, number];
    });
    assert.ok(scroll[0] > 0 && Math.abs(scroll[0] - scroll[1]) <= 1, `scroll in sync: ${scroll}`);
    await page.screenshot({ path: join(screenshotDir, 'editor-03-aligned-rows.png') });

    // F1 lists the shortcuts.
    await page.keyboard.press('F1');
    const shortcuts = (await page.textContent('.dz-shortcuts')) ?? '';
    for (const key of ['Ctrl+Enter', 'Ctrl+1…9', 'Ctrl+Shift+G', 'Ctrl+F', 'F1']) assert.ok(shortcuts.includes(key), `F1 lists ${key}`);
    await page.screenshot({ path: join(screenshotDir, 'editor-04-shortcuts.png') });
    await page.keyboard.press('Escape');

    // Ctrl+F finds across both panes.
    await page.keyboard.press('Control+F');
    await page.fill('[data-testid=find-input]', 'Zhongshan');
    const hits = await page.$$eval('.dz-find-results li', (nodes) => nodes.length);
    assert.ok(hits >= 2, `find hits: ${hits}`);
    await page.fill('[data-testid=find-input]', '中山');
    assert.ok((await page.$$eval('.dz-find-results li', (nodes) => nodes.length)) >= 3);

    // Chinese UI and the dark theme, both persisted through settings.
    await runMenu(page, 'view', 'view.switchLanguage');
    assert.equal(await page.textContent('.dz-menu-title[data-menu=file]'), '文件');
    await runMenu(page, 'view', 'view.toggleTheme');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.screenshot({ path: join(screenshotDir, 'editor-05-zh-dark.png') });

    // Reload: the project, the confirmed rows, the draft, the language and the theme are all back.
    await page.waitForTimeout(800);
    await page.reload();
    await page.waitForSelector('.dz-pane-target .view-line');
    const reloaded = await targetRows(page);
    assert.equal(reloaded[0], 'Citywide meeting of officials held to study General Secretary Xi Jinping’s speeches');
    assert.equal(reloaded[1], `Write a new chapter of ${firstTerm} in Zhongshan during the new era`);
    assert.ok(reloaded[3]!.startsWith('Guo Wenhai, secretary'));
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await page.textContent('.dz-menu-title[data-menu=file]'), '文件');
    await revealRow(page, 0);
    assert.equal(await gutterStatus(page, 1), 'translated');
    assert.equal(await gutterStatus(page, 4), 'draft');
    await page.screenshot({ path: join(screenshotDir, 'editor-06-after-reload.png') });

    assert.deepEqual(session.errors, []);
  } finally {
    await page.screenshot({ path: join(screenshotDir, 'editor-99-last.png') }).catch(() => undefined);
    await session.close();
  }
});
