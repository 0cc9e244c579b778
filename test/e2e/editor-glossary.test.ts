import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createProjectFromFile, fixture, openEditorSession, revealRow, screenshotDir, targetRows } from './editor-harness';

async function termTexts(page: Page): Promise<string> {
  return (await page.$$eval('.dz-pane-source .dz-term', (nodes) => nodes.map((n) => n.textContent ?? ''))).join('|');
}

/** WCAG contrast ratio of two CSS colours (rgb/rgba as getComputedStyle reports them). */
function contrast(foreground: string, background: string): number {
  const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (css: string) => {
    const [r, g, b] = channels(css).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

test('Traditional seed 004: terms highlighted on the original text, original one click away, add a term from selections', async () => {
  const session = await openEditorSession();
  const { page } = session;
  try {
    await createProjectFromFile(page, fixture('004_4ed90946d4ffdd9d.txt'));
    const report = (await page.textContent('.dz-dialog[data-view="core.cleanupReport"]')) ?? '';
    assert.match(report, /Converted \d+ Traditional characters/);
    assert.match(report, /Removed \d+ inline pinyin/);
    // The original of a changed segment, one click from the report.
    await page.click('.dz-report-changed summary');
    await page.click('.dz-report-changed [data-segment]');
    await page.waitForSelector('.dz-dialog[data-view="core.original"]');
    const original = (await page.textContent('.dz-dialog[data-view="core.original"] .dz-original-text')) ?? '';
    assert.match(original, /[農鎮縣]/, 'the original keeps its Traditional characters');
    assert.ok((await page.$$('.dz-dialog[data-view="core.original"] .dz-term-mark')).length > 0, 'terms are marked on the original');
    await page.screenshot({ path: join(screenshotDir, 'editor-glossary-01-original-dialog.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Cleaned text: Simplified terms highlighted.
    await page.waitForSelector('.dz-pane-source .dz-term');
    assert.ok((await termTexts(page)).includes('百县千镇万村高质量发展工程'));
    // Left pane as in the file: the same terms highlighted on the Traditional text, pinyin and all.
    await page.click('.dz-original-switch input');
    await page.waitForFunction(() => [...document.querySelectorAll('.dz-pane-source .dz-term')].some((n) => n.textContent?.includes('鎮')));
    const onOriginal = await termTexts(page);
    assert.ok(onOriginal.includes('百縣千鎮(zhèn)萬村高質(zhì)量發(fā)展工程'), `terms on the original: ${onOriginal.slice(0, 200)}`);
    assert.ok(onOriginal.includes('市委農(nóng)村工作會議'));
    await page.screenshot({ path: join(screenshotDir, 'editor-glossary-02-traditional-original.png') });
    await page.click('.dz-original-switch input');
    assert.equal(await page.isChecked('.dz-original-switch input'), false);
    assert.equal(await page.textContent('.dz-pane-header .dz-pane-title'), 'Source (cleaned)');

    // Ctrl+Shift+G: add a term, prefilled from the source and translation selections.
    await revealRow(page, 3);
    await page.keyboard.type('Zhuang Shujun, chairman of the municipal CPPCC, attended.');
    const selected = await page.evaluate(() => {
      const panes = (window as any).duizhaoApp.activeEditor().panes;
      const line: string = panes.source.getModel().getLineContent(4);
      const at = line.indexOf('庄树俊');
      panes.source.setSelection({ startLineNumber: 4, startColumn: at + 1, endLineNumber: 4, endColumn: at + 4 });
      panes.target.setSelection({ startLineNumber: 4, startColumn: 1, endLineNumber: 4, endColumn: 14 });
      return { at, line };
    });
    assert.ok(selected.at >= 0, `row 4 names 庄树俊: ${selected.line}`);
    await page.keyboard.press('Control+Shift+G');
    await page.waitForSelector('.dz-dialog[data-view="glossary.termEditor"]');
    assert.equal(await page.inputValue('.dz-term-form [name=zh]'), '庄树俊');
    assert.equal(await page.inputValue('.dz-term-form [name=en]'), 'Zhuang Shujun');
    await page.fill('.dz-term-form [name=note]', 'Chairman of the Zhongshan CPPCC');
    await page.screenshot({ path: join(screenshotDir, 'editor-glossary-03-add-term.png') });
    await page.click('.dz-term-form button[type=submit]');
    await page.waitForFunction(() => [...document.querySelectorAll('.dz-pane-source .dz-term')].some((n) => n.textContent?.includes('庄树俊')));
    await page.waitForSelector('[data-testid=segment-terms] .dz-term-card:has-text("Zhuang Shujun")');

    // The glossary panel finds it, layer personal.
    await page.click('.dz-side-tab[data-view="glossary.panel"]');
    await page.fill('[data-testid=glossary-search]', '庄树俊');
    await page.waitForSelector('.dz-glossary-results [data-entry]:has-text("Zhuang Shujun")');
    const card = (await page.textContent('.dz-glossary-results [data-entry]')) ?? '';
    assert.match(card, /personal/);
    await page.screenshot({ path: join(screenshotDir, 'editor-glossary-04-panel.png') });
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('web-page seed 001: site chrome is dimmed but readable, and confirmation skips it', async () => {
  const session = await openEditorSession();
  const { page } = session;
  try {
    await createProjectFromFile(page, fixture('001_844698d87ed5f29c.txt'));
    await page.click('.dz-dialog .dz-primary');
    const kinds: string[] = await page.evaluate(() => (window as any).duizhaoApp.activeEditor().getRows().map((r: { kind: string }) => r.kind));
    const translatable = (k: string | undefined) => k === 'body' || k === 'headline';
    // A translated row followed by site chrome (来源/时间/浏览, 字号 ...).
    const before = kinds.findIndex((k, i) => translatable(k) && kinds[i + 1] !== undefined && !translatable(kinds[i + 1]));
    assert.ok(before >= 0, `seed 001 has chrome after a body row: ${kinds.join(',')}`);
    const chrome = before + 1;
    await revealRow(page, before);
    await page.waitForSelector('.dz-pane-source .dz-text-dim');
    const colours = await page.$eval('.dz-pane-source .dz-text-dim', (node) => {
      const background = getComputedStyle(document.querySelector('.dz-pane-source .monaco-editor-background')!).backgroundColor;
      return { color: getComputedStyle(node).color, background };
    });
    assert.ok(contrast(colours.color, colours.background) >= 4.5, `dimmed text contrast ${contrast(colours.color, colours.background).toFixed(2)} (${colours.color} on ${colours.background})`);
    await page.keyboard.type('Title');
    await page.keyboard.press('Control+Enter');
    const active: number = await page.evaluate(() => (window as any).duizhaoApp.activeEditor().activeRow());
    assert.ok(active > chrome, `moved past the chrome rows to row ${active + 1}`);
    for (let i = before + 1; i < active; i++) assert.ok(kinds[i] !== 'body' && kinds[i] !== 'headline', `row ${i + 1} skipped is non-body`);
    assert.equal((await targetRows(page))[before], 'Title');
    await page.screenshot({ path: join(screenshotDir, 'editor-glossary-05-dimmed-chrome.png') });
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
