import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../../main/cli/index';
import { createProjectFromFile, openEditorSession, screenshotDir, targetRows } from './editor-harness';

/**
 * The translation memory panel in chromium on the real web host: a data home with a TMX from another
 * tool imported (through `duizhao memory import`), a new article with similar sentences; the match
 * with its differences, Alt+1 inserts it, a confirmed row becomes a match for the next one, and the
 * concordance search finds a phrase in both languages.
 */
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="zh-CN" datatype="plaintext"/>
  <body>
    <tu creationid="Li Ming" creationdate="20260110T080000Z">
      <tuv xml:lang="zh-CN"><seg>中山市委召开十五届七次全会。</seg></tuv>
      <tuv xml:lang="en"><seg>The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.</seg></tuv>
    </tu>
    <tu creationid="Li Ming" creationdate="20260110T080000Z">
      <tuv xml:lang="zh-CN"><seg>坚持制造业当家，推进百千万工程。</seg></tuv>
      <tuv xml:lang="en"><seg>We will keep manufacturing as the mainstay and advance the High-Quality Development Project.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

const ARTICLE = ['中山市委召开十五届八次全会。', '会议听取和讨论了市委常委会工作报告。', '会议听取和审议了市委常委会工作报告。', '全市上下要坚持制造业当家，推进百千万工程。'].join('\n');

async function matchCards(page: Page): Promise<Array<{ score: string; source: string; removed: string[]; added: string[]; target: string; meta: string }>> {
  return page.$$eval('[data-testid=memory-matches] .dz-tm-card', (cards) =>
    cards.map((card) => ({
      score: card.querySelector('.dz-tm-score')?.textContent ?? '',
      source: card.querySelector('.dz-tm-source')?.textContent ?? '',
      removed: [...card.querySelectorAll('.dz-tm-source del')].map((n) => n.textContent ?? ''),
      added: [...card.querySelectorAll('.dz-tm-source ins')].map((n) => n.textContent ?? ''),
      target: card.querySelector('.dz-tm-target')?.textContent ?? '',
      meta: card.querySelector('.dz-tm-meta')?.textContent ?? '',
    })),
  );
}

test('memory panel: fuzzy match with differences, Alt+1 inserts it, confirmed rows become matches, concordance search', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dz-memory-e2e-'));
  const dataHome = join(root, 'home');
  await writeFile(join(root, 'omegat.tmx'), TMX);
  const out: string[] = [];
  const code = await runCli(['memory', 'import', join(root, 'omegat.tmx')], { out: (t) => out.push(t), err: (t) => out.push(t), env: { DUIZHAO_HOME: dataHome }, cwd: root });
  assert.equal(code, 0, out.join('\n'));
  await writeFile(join(dataHome, 'settings.json'), JSON.stringify({ translatorName: 'Chen Li' }));
  const article = join(root, 'plenary.txt');
  await writeFile(article, ARTICLE);

  const session = await openEditorSession({ dataHome });
  const { page } = session;
  try {
    await createProjectFromFile(page, article);
    await page.click('.dz-dialog[data-view="core.cleanupReport"] .dz-primary');
    await page.click('.dz-side-tab[data-view="memory.panel"]');

    // Row 1 (八次) against the stored 七次: 92%, the difference marked.
    await page.waitForSelector('[data-testid=memory-matches] .dz-tm-card');
    let cards = await matchCards(page);
    assert.equal(cards.length, 1);
    assert.equal(cards[0]!.score, '92%');
    assert.deepEqual(cards[0]!.removed, ['七'], 'only in the stored sentence: struck through');
    assert.deepEqual(cards[0]!.added, ['八'], 'only in this sentence: underlined');
    assert.equal(cards[0]!.target, 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.');
    assert.match(cards[0]!.meta, /TMX from OmegaT · Li Ming · 10 Jan 2026/);
    assert.match((await page.textContent('[data-testid=memory-matches] h3')) ?? '', /segment 1/);
    assert.match((await page.textContent('[data-testid=memory-size]')) ?? '', /2 pairs in the memory/);
    await page.screenshot({ path: join(screenshotDir, 'memory-01-match.png') });

    // Alt+1 puts the match into the row; the translator corrects it and confirms.
    await page.keyboard.press('Alt+1');
    assert.equal((await targetRows(page))[0], 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.');
    for (let k = 0; k < 'seventh plenary session.'.length; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type('eighth plenary session.');
    await page.keyboard.press('Control+Enter');

    // Row 2: nothing similar yet. Its confirmation feeds the memory; row 3 (讨论 → 审议) then finds it.
    await page.waitForFunction(() => document.querySelector('[data-testid=memory-matches] h3')?.textContent?.includes('segment 2'));
    await page.waitForSelector('[data-testid=memory-status]:has-text("No similar sentence")');
    await page.keyboard.type('The meeting heard and discussed the work report of the Standing Committee of the CPC Zhongshan Municipal Committee.');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=memory-matches] h3')?.textContent?.includes('segment 3'));
    await page.waitForSelector('[data-testid=memory-matches] .dz-tm-card');
    cards = await matchCards(page);
    assert.equal(cards[0]!.score, '88%');
    assert.deepEqual(cards[0]!.removed, ['讨论']);
    assert.deepEqual(cards[0]!.added, ['审议']);
    assert.match(cards[0]!.meta, /^plenary · Chen Li · \d/, 'the confirmed row: project, translator, date');
    await page.waitForSelector('[data-testid=memory-size]:has-text("4 pairs")');
    await page.keyboard.press('Alt+1');
    assert.equal((await targetRows(page))[2], 'The meeting heard and discussed the work report of the Standing Committee of the CPC Zhongshan Municipal Committee.');
    // Alt+2 with a single match says so and changes nothing.
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('.dz-toast:has-text("There is no match 2")');
    // The inserted match is saved as coming from the memory; row 1, corrected by hand after Alt+1, as typed.
    await page.waitForTimeout(800);
    const origins = await page.evaluate(async () => {
      const app = (window as any).duizhaoApp;
      const opened = await app.client.call('project.get', { handle: app.current().handle });
      return opened.project.segments.slice(0, 3).map((s: { origin?: string }) => s.origin);
    });
    assert.deepEqual(origins, ['typed', 'typed', 'memory']);
    await page.screenshot({ path: join(screenshotDir, 'memory-02-confirmed-row-match.png') });

    // Concordance (Ctrl+Shift+K): the phrase selected in the source, then one typed in English, highlighted in the pairs.
    const at = await page.evaluate(() => {
      const panes = (window as any).duizhaoApp.activeEditor().panes;
      const line: string = panes.source.getModel().getLineContent(4);
      const start = line.indexOf('制造业当家');
      panes.source.setSelection({ startLineNumber: 4, startColumn: start + 1, endLineNumber: 4, endColumn: start + 6 });
      return start;
    });
    assert.ok(at > 0);
    await page.keyboard.press('Control+Shift+K');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'memory-concordance-input');
    assert.equal(await page.inputValue('[data-testid=memory-concordance-input]'), '制造业当家');
    await page.waitForSelector('[data-testid=memory-concordance-hits] mark');
    assert.deepEqual(await page.$$eval('[data-testid=memory-concordance-hits] mark', (marks) => marks.map((m) => m.textContent)), ['制造业当家']);
    assert.match((await page.textContent('[data-testid=memory-concordance-hits]')) ?? '', /keep manufacturing as the mainstay/);
    await page.fill('[data-testid=memory-concordance-input]', 'plenary session');
    await page.click('[data-testid=memory-concordance-search]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=memory-concordance-hits] li').length === 2);
    assert.deepEqual(await page.$$eval('[data-testid=memory-concordance-hits] mark', (marks) => marks.map((m) => m.textContent)), ['plenary session', 'plenary session']);
    await page.screenshot({ path: join(screenshotDir, 'memory-03-concordance.png') });
    await page.evaluate(() => (window as any).duizhaoApp.commands.run('view.toggleTheme'));
    await page.evaluate(() => (window as any).duizhaoApp.commands.run('view.switchLanguage'));
    await page.waitForSelector('.dz-side-tab[data-view="memory.panel"]:has-text("翻译记忆")');
    await page.waitForSelector('[data-testid=memory-matches] h3:has-text("第 3 句的匹配")');
    await page.screenshot({ path: join(screenshotDir, 'memory-04-dark-chinese.png') });
    await page.evaluate(() => (window as any).duizhaoApp.commands.run('view.switchLanguage'));
    await page.evaluate(() => (window as any).duizhaoApp.commands.run('view.toggleTheme'));

    // Export TMX… in the browser: the whole memory as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=memory-export]')]);
    assert.match(download.suggestedFilename(), /^translation-memory-\d{4}-\d{2}-\d{2}\.tmx$/);
    const tmx = await readFile((await download.path())!, 'utf8');
    assert.equal((tmx.match(/<tu /g) ?? []).length, 4);
    assert.match(tmx, /<seg>The meeting heard and discussed the work report/);

    // F1 lists the keys.
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const shortcuts = (await page.textContent('.dz-shortcuts')) ?? '';
    assert.match(shortcuts, /Alt\+1…3\s*Insert translation memory match/);
    assert.match(shortcuts, /Ctrl\+Shift\+K\s*Concordance search/);
    await page.keyboard.press('Escape');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
