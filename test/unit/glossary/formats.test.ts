import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { exportGlossary, formatFromFileName, importGlossary, type GlossaryFormat } from '../../../glossary/formats';
import { serializeEntries } from '../../../glossary/engine/serialize';
import { entry } from './entries';

const rich = [
  entry({
    id: 'bai-qian-wan',
    zh: '百县千镇万村高质量发展工程',
    en: 'High-Quality Development Project of Counties, Towns and Villages',
    variants: [
      { text: '百千万工程', type: 'abbreviation' },
      { text: '百縣千鎮萬村高質量發展工程', type: 'traditional' },
      { text: '“百千万工程”', type: 'punctuation' },
      { text: '百千萬工程', type: 'traditional' },
    ],
    alternates: ['Hundred-Thousand-Ten Thousand Project', "Guangdong's 'Triple Hundred' project"],
    forbidden: [{ text: 'Millions of Projects', reason: 'machine translation of 百千万 as "millions"' }, { text: 'Hundred Million Project' }],
    note: 'Guangdong flagship rural programme since 2023.\nShort form on second mention; <b> & "quotes" kept.',
    history: [{ en: 'Hundred-Thousand-Ten Thousand Project', from: '2022-12', until: '2023-06', note: 'early press' }, { en: 'High-Quality Development Project', from: '2023-06' }],
    tags: ['rural', 'guangdong'],
    sources: [{ authority: 'Guangdong Provincial Government', reference: 'en.gd.gov.cn/news', note: 'GWR 2024' }, { authority: 'Newsgd (Nanfang Media Group)' }],
    status: 'approved',
    createdBy: 'wang',
    createdAt: '2026-01-01T08:00:00.000Z',
    modifiedBy: 'li',
    modifiedAt: '2026-02-03T09:10:11.000Z',
  }),
  entry({ id: '1310-plan', zh: '1310具体部署', en: 'the "1310" specific plan', status: 'proposed', sources: [{ authority: 'Guangdong Provincial Government' }] }),
  entry({ id: 'old-term', zh: '科学发展观', en: 'Scientific Outlook on Development', status: 'deprecated', sources: [] }),
  entry({ id: 'one-plus', zh: '1+6+N', en: '1+6+N framework', alternates: ['"1+6+N" system'], tags: ['zhongshan'] }),
];

const FORMATS: GlossaryFormat[] = ['tbx', 'tbx2', 'tsv', 'csv', 'xlsx', 'json'];

for (const format of FORMATS) {
  test(`${format}: export then import keeps every field of every entry`, async () => {
    const bytes = await exportGlossary(rich, format);
    const result = await importGlossary(bytes, format);
    assert.deepEqual(result.problems, []);
    assert.equal(serializeEntries(result.entries), serializeEntries(rich));
  });
}

test('csv and xlsx: list items that contain | survive the round trip (written as a JSON array)', async () => {
  const piped = [
    entry({
      id: 'piped',
      zh: '一带一路',
      en: 'the Belt and Road Initiative',
      alternates: ['BRI | Belt and Road', 'the Belt and Road'],
      forbidden: [{ text: 'One Belt | One Road' }],
      variants: [{ text: '一带|一路', type: 'punctuation' }],
      tags: ['diplomacy', 'a|b'],
      sources: [{ authority: 'Xinhua | China Daily' }],
    }),
    // A first item that starts with "[" would read as JSON: it is written as JSON too.
    entry({ id: 'bracketed', zh: '市委书记', en: 'municipal Party secretary', alternates: ['[City] Party secretary', 'Party chief'] }),
  ];
  for (const format of ['csv', 'xlsx'] as const) {
    const result = await importGlossary(await exportGlossary(piped, format), format);
    assert.deepEqual(result.problems, [], format);
    assert.equal(serializeEntries(result.entries), serializeEntries(piped), format);
  }
  const csv = new TextDecoder().decode(await exportGlossary(piped, 'csv'));
  assert.match(csv, /"\[""BRI \| Belt and Road"",""the Belt and Road""\]"/);
  // Lists without | stay in the short, readable form.
  assert.ok(!new TextDecoder().decode(await exportGlossary(rich, 'csv')).includes('["Hundred-Thousand'), 'plain alternates stay ` | `-separated');
});

test('tbx and tbx2 exports are well-formed XML with the dialect structure (xmllint)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dz-tbx-'));
  for (const [format, root, entryElement] of [['tbx', 'tbx', 'conceptEntry'], ['tbx2', 'martif', 'termEntry']] as const) {
    const file = path.join(dir, `g.${format}.tbx`);
    writeFileSync(file, await exportGlossary(rich, format));
    execFileSync('xmllint', ['--noout', file]);
    const xml = new TextDecoder().decode(await exportGlossary(rich, format));
    assert.match(xml, new RegExp(`<${root}[ >]`));
    assert.equal(xml.match(new RegExp(`<${entryElement} `, 'g'))?.length, rich.length);
    assert.match(xml, /<term>Millions of Projects<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    assert.match(xml, /xml:lang="zh-Hant"/);
    if (format === 'tbx') assert.match(xml, /style="dca" [^>]*xmlns="urn:iso:std:iso:30042:ed-2"|xmlns="urn:iso:std:iso:30042:ed-2"[^>]*style="dca"|type="TBX-Basic" style="dca"/);
  }
});

test('plain files from other tools import: OmegaT glossary.txt, martif without Duizhao notes, CSV with two columns', async () => {
  const omegat = '# my glossary\n两个确立\tthe Two Affirmations\tSCIO usage\n两个确立\tTwo Establishments\n深中通道\tShenzhen-Zhongshan Link\n';
  const tsv = await importGlossary(new TextEncoder().encode(omegat), 'tsv', { fileName: 'glossary.txt' });
  assert.deepEqual(tsv.problems, []);
  assert.deepEqual(tsv.entries.map((e) => [e.id, e.zh, e.en, e.alternates, e.note, e.sources[0].reference]), [
    ['u.liang-ge-que-li', '两个确立', 'the Two Affirmations', ['Two Establishments'], 'SCIO usage', 'glossary.txt'],
    ['u.shen-zhong-tong-dao', '深中通道', 'Shenzhen-Zhongshan Link', [], undefined, 'glossary.txt'],
  ]);

  const martif = `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><martifHeader/><text><body>
    <termEntry id="t1"><descrip type="subjectField">party</descrip>
      <langSet xml:lang="zh-CN"><tig><term>两个维护</term></tig></langSet>
      <langSet xml:lang="en-US"><tig><term>Two Upholds</term></tig><tig><term>two maintenances</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
    </termEntry></body></text></martif>`;
  const tbx = await importGlossary(new TextEncoder().encode(martif), 'tbx2');
  assert.deepEqual(tbx.problems, []);
  assert.deepEqual([tbx.entries[0].id, tbx.entries[0].zh, tbx.entries[0].en, tbx.entries[0].forbidden, tbx.entries[0].tags], ['t1', '两个维护', 'Two Upholds', [{ text: 'two maintenances' }], ['party']]);

  const csv = await importGlossary(new TextEncoder().encode('zh,en\n制造业当家,manufacturing as the mainstay\n'), 'csv');
  assert.equal(csv.entries[0].en, 'manufacturing as the mainstay');
  assert.equal(csv.entries[0].status, 'approved');
});

test('malformed files: clear errors naming the line or element, and the valid part kept apart', async () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  const brokenXml = await importGlossary(enc('<tbx>\n<text><body>\n<conceptEntry id="a">\n</body></text></tbx>'), 'tbx');
  assert.equal(brokenXml.entries.length, 0);
  assert.match(brokenXml.problems[0].where, /^line 4, column \d+$/);
  assert.match(brokenXml.problems[0].message, /not well-formed XML/);

  const good = new TextDecoder().decode(await exportGlossary(rich.slice(0, 2), 'tbx'));
  const withBadEntry = good.replace('</body>', '<conceptEntry id="no-english"><langSec xml:lang="zh"><termSec><term>甲</term></termSec></langSec></conceptEntry>\n</body>');
  const partial = await importGlossary(enc(withBadEntry), 'tbx');
  assert.equal(partial.entries.length, 2);
  assert.equal(partial.problems.length, 1);
  assert.match(partial.problems[0].where, /^<conceptEntry> 3 \(id no-english\), line \d+$/);
  assert.match(partial.problems[0].message, /no English term for 甲/);

  const notTbx = await importGlossary(enc('<html><body/></html>'), 'tbx');
  assert.match(notTbx.problems[0].message, /not a TBX file/);

  const tsv = await importGlossary(enc('两个确立\tthe Two Affirmations\njust one column\n深中通道\tShenzhen-Zhongshan Link\tnote\tduizhao:{broken\n'), 'tsv');
  assert.equal(tsv.entries.length, 1);
  assert.deepEqual(tsv.problems.map((p) => p.where), ['line 2', 'line 3, column 4']);

  const csvQuote = await importGlossary(enc('zh,en\n甲,"unclosed\n乙,B\n'), 'csv');
  assert.equal(csvQuote.entries.length, 0);
  assert.match(csvQuote.problems[0].where, /^line \d+$/);
  const csvCells = await importGlossary(enc('zh,en,forbidden,status\n甲,A,[not json,approved\n乙,,,approved\n丙,C,,final\n丁,D,,proposed\n'), 'csv');
  assert.deepEqual(csvCells.entries.map((e) => e.zh), ['丁']);
  assert.deepEqual(csvCells.problems.map((p) => p.where), ['row 2', 'row 3', 'row 4']);
  assert.match(csvCells.problems[0].message, /column forbidden/);
  assert.match(csvCells.problems[1].message, /no English rendering for 乙/);
  assert.match(csvCells.problems[2].message, /status/);
  const noHeader = await importGlossary(enc('甲,A\n'), 'csv');
  assert.match(noHeader.problems[0].message, /header row lacks the column\(s\) zh, en/);

  const xlsxGarbage = await importGlossary(enc('this is not a zip'), 'xlsx');
  assert.match(xlsxGarbage.problems[0].message, /not a readable \.xlsx workbook/);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Glossary');
  sheet.addRow(['zh', 'en']);
  sheet.addRow(['甲', 'A']);
  sheet.addRow(['乙', '']);
  const xlsx = await importGlossary(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx');
  assert.equal(xlsx.entries.length, 1);
  assert.deepEqual(xlsx.problems.map((p) => p.where), ['sheet Glossary, row 3']);

  const json = await importGlossary(enc('[{"id":"a","zh":"甲","en":"A","status":"approved"},{"id":"a","zh":"乙","en":"B","status":"approved"}]'), 'json');
  assert.equal(json.entries.length, 1);
  assert.match(json.problems[0].message, /duplicate id/);
});

test('format from file name (and martif content)', () => {
  assert.equal(formatFromFileName('glossary.txt'), 'tsv');
  assert.equal(formatFromFileName('x.TBX', new TextEncoder().encode('<?xml version="1.0"?><martif type="TBX">')), 'tbx2');
  assert.equal(formatFromFileName('x.tbx', new TextEncoder().encode('<tbx type="TBX-Basic">')), 'tbx');
  assert.equal(formatFromFileName('terms.xlsx'), 'xlsx');
  assert.equal(formatFromFileName('terms.doc'), undefined);
});

test('edits made in another tool win over the duizhao: note that carries the rest', async () => {
  const tbx = new TextDecoder().decode(await exportGlossary(rich, 'tbx2'));
  const edited = tbx.replace('<term>Millions of Projects</term>', '<term>Million Projects</term>').replace(/<descrip type="subjectField">rural<\/descrip>/, '');
  const fromTbx = (await importGlossary(new TextEncoder().encode(edited), 'tbx2')).entries.find((e) => e.id === 'bai-qian-wan')!;
  assert.equal(fromTbx.forbidden[0].text, 'Million Projects');
  assert.deepEqual(fromTbx.tags, ['guangdong']);
  assert.equal(fromTbx.history.length, 2, 'history comes from the note');

  const tsv = new TextDecoder().decode(await exportGlossary(rich, 'tsv')).replace('\t1+6+N framework\t', '\t1+6+N policy framework\t');
  assert.equal((await importGlossary(new TextEncoder().encode(tsv), 'tsv')).entries.find((e) => e.id === 'one-plus')!.en, '1+6+N policy framework');
});
