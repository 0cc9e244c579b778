import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTmx } from '../../../main/export/tmx';
import { readTmx } from '../../../main/export/tmx-import';
import { seed000Project } from './helpers/sample-project';
import { checkXml } from './helpers/xml-rules';
import { TMX14_RULES } from './helpers/tmx-dtd-rules';

const options = { exportedAt: '2026-11-22T08:00:00Z', toolVersion: '0.1.0' };

function xmllintWellFormed(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'dz-tmx-')), 'out.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr };
}

test('TMX holds exactly the confirmed pairs, with status, translator and dates', async () => {
  const project = (await seed000Project());
  const xml = buildTmx(project, options);
  const reading = readTmx(xml, { source: 'zh-CN', target: 'en' });
  const confirmed = project.segments.filter((s) => (s.status === 'translated' || s.status === 'reviewed') && s.target !== '');
  assert.equal(reading.pairs.length, confirmed.length);
  assert.equal(reading.pairs.length, 6, 'draft s5 and the untranslated segments stay out');
  for (const [i, segment] of confirmed.entries()) {
    const pair = reading.pairs[i];
    assert.equal(pair.source, segment.text);
    assert.equal(pair.target, segment.target);
    assert.equal(pair.props['x-status'], segment.status);
    assert.equal(pair.props['x-segment-id'], segment.id);
    assert.equal(pair.createdBy, 'Li Ming');
    assert.equal(pair.changedAt, '2026-11-20T08:30:00.000Z');
  }
  assert.equal(reading.pairs.find((p) => p.props['x-segment-id'] === 's4')?.note, 'Check the title of Huang Kunming against the provincial site.');
  assert.match(xml, /<header creationtool="Duizhao" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Duizhao" adminlang="en" srclang="zh-CN" datatype="plaintext"/);
});

test('TMX follows the 1.4b DTD and is well-formed for xmllint', async () => {
  const project = (await seed000Project());
  project.segments[2].target = 'Tags <b> & “quotes” \u0001 stay text';
  const xml = buildTmx(project, options);
  assert.deepEqual(checkXml(xml, 'tmx', TMX14_RULES), []);
  const lint = xmllintWellFormed(xml);
  assert.ok(lint.ok, lint.output);
  assert.ok(xml.includes('Tags &lt;b&gt; &amp; “quotes”  stay text'), 'markup characters are escaped, control characters dropped');
});

test('the DTD rules catch a broken TMX (the check can fail)', async () => {
  const broken = '<tmx version="1.4"><header creationtool="x" segtype="word"/><body><tu><seg>x</seg></tu></body></tmx>';
  const problems = checkXml(broken, 'tmx', TMX14_RULES);
  assert.ok(problems.some((p) => p.includes('missing required attribute srclang')));
  assert.ok(problems.some((p) => p.includes('segtype="word"')));
  assert.ok(problems.some((p) => p.includes('/tu') && p.includes('do not match')));
});

test('TMX from other tools reads: language variants, inline codes, header srclang *all*', async () => {
  const other = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="*all*" datatype="plaintext"/>
<body>
  <tu changeid="wang" changedate="20250101T120000Z"><tuv xml:lang="ZH-CN"><seg>深中通道<ph x="1">&lt;br/&gt;</ph>通车</seg></tuv><tuv xml:lang="EN-GB"><seg>The <bpt i="1">&lt;b&gt;</bpt>Shenzhen-Zhongshan Link<ept i="1">&lt;/b&gt;</ept> opens</seg></tuv></tu>
  <tu><tuv xml:lang="fr"><seg>x</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu>
</body></tmx>`;
  const reading = readTmx(other, { source: 'zh-CN', target: 'en' });
  assert.equal(reading.creationTool, 'OmegaT');
  assert.equal(reading.skipped, 1);
  assert.deepEqual(
    reading.pairs.map((p) => [p.source, p.target, p.changedBy, p.changedAt]),
    [['深中通道通车', 'The Shenzhen-Zhongshan Link opens', 'wang', '2025-01-01T12:00:00.000Z']],
  );
  assert.throws(() => readTmx('<html/>', { source: 'zh', target: 'en' }), { code: 'TMX_UNREADABLE' });
});
