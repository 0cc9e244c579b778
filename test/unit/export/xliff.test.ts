import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLBuilder } from 'fast-xml-parser';
import { buildXliff2 } from '../../../main/export/xliff2';
import { buildXliff12 } from '../../../main/export/xliff12';
import { planXliffImport, readXliff } from '../../../main/export/xliff-import';
import { applySegmentChanges } from '../../../main/export/segment-changes';
import { attributeOf, childrenOf, findAll, nodeName, orderedParser, type OrderedNode } from '../../../main/export/xml';
import { seed000Project } from './helpers/sample-project';
import { checkXml } from './helpers/xml-rules';
import { XLIFF12_RULES, XLIFF20_RULES } from './helpers/xliff-rules';

/** Edits an XLIFF file the way a CAT tool saves it: through the element tree, never by string replacement. */
class XliffEditor {
  readonly tree: OrderedNode[];
  constructor(xml: string, private readonly unitName: 'unit' | 'trans-unit') {
    this.tree = orderedParser().parse(xml) as OrderedNode[];
  }
  unit(id: string): OrderedNode {
    return findAll(this.tree, this.unitName).find((u) => attributeOf(u, 'id') === id)!;
  }
  /** The element that holds the target: the unit (1.2) or its segment (2.0). */
  private holder(id: string): OrderedNode {
    const unit = this.unit(id);
    return this.unitName === 'unit' ? childrenOf(unit).find((n) => nodeName(n) === 'segment')! : unit;
  }
  setTarget(id: string, text: OrderedNode[], attributes: Record<string, string>): void {
    const holder = this.holder(id);
    const list = holder[nodeName(holder)!] as OrderedNode[];
    const existing = list.findIndex((n) => nodeName(n) === 'target');
    const target: OrderedNode = { target: text, ':@': Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== 'state' || this.unitName === 'trans-unit').map(([k, v]) => [`@_${k}`, v])) };
    const sourceAt = list.findIndex((n) => nodeName(n) === 'source');
    if (existing >= 0) list.splice(existing, 1, target);
    else list.splice(sourceAt + 1, 0, target);
    if (this.unitName === 'unit' && attributes.state) {
      holder[':@'] = { ...(holder[':@'] ?? {}), '@_state': attributes.state };
      delete holder[':@']['@_subState'];
    }
  }
  toString(): string {
    return new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true, processEntities: true }).build(this.tree) as string;
  }
}

const text = (t: string): OrderedNode => ({ '#text': t });

function xmllintOk(xml: string): void {
  const file = join(mkdtempSync(join(tmpdir(), 'dz-xlf-')), 'out.xlf');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

test('XLIFF 2.0 has every segment with its state and follows the core schema', async () => {
  const project = (await seed000Project());
  project.segments.push({ ...project.segments[0], id: 'chrome 1', kind: 'chrome', text: '字号:大 中 小', target: '', status: 'new' });
  const xml = buildXliff2(project);
  assert.deepEqual(checkXml(xml, 'xliff', XLIFF20_RULES), []);
  xmllintOk(xml);
  const reading = readXliff(xml);
  assert.equal(reading.units.length + reading.lockedUnits, project.segments.length);
  assert.equal(reading.lockedUnits, 1, 'chrome is locked (translate="no")');
  assert.match(xml, /<unit id="u43" name="chrome 1" translate="no">/);
  const states = [...xml.matchAll(/<segment id="[^"]+" state="(\w+)"/g)].map((m) => m[1]);
  assert.equal(states.length, project.segments.length);
  assert.deepEqual(new Set(states), new Set(['initial', 'translated', 'reviewed']));
});

test('XLIFF 1.2 has every segment with a target state and follows the 1.2 schema', async () => {
  const project = (await seed000Project());
  const xml = buildXliff12(project, { exportedAt: '2026-11-22T08:00:00Z' });
  assert.deepEqual(checkXml(xml, 'xliff', XLIFF12_RULES), []);
  xmllintOk(xml);
  const states = [...xml.matchAll(/<target xml:lang="en" state="([\w-]+)"/g)].map((m) => m[1]);
  assert.equal(states.length, project.segments.length);
  assert.equal(states.filter((s) => s === 'needs-translation').length, project.segments.filter((s) => s.target === '').length);
});

test('the schema rules catch a broken XLIFF (the check can fail)', async () => {
  const broken = '<xliff version="2.0"><file><unit id="a b"><segment state="done"><target>x</target></segment></unit></file></xliff>';
  const problems = checkXml(broken, 'xliff', XLIFF20_RULES);
  assert.ok(problems.some((p) => p.includes('missing required attribute srcLang')));
  assert.ok(problems.some((p) => p.includes('state="done"')));
  assert.ok(problems.some((p) => p.includes('/segment') && p.includes('do not match')));
});

for (const version of ['2.0', '1.2'] as const) {
  test(`XLIFF ${version} round trip: a file translated elsewhere updates exactly those translations`, async () => {
    const project = (await seed000Project());
    const xml = version === '2.0' ? buildXliff2(project) : buildXliff12(project);
    assert.deepEqual(planXliffImport(project, readXliff(xml)).changes, [], 'unchanged file, no changes');

    const editor = new XliffEditor(xml, version === '2.0' ? 'unit' : 'trans-unit');
    // s7 translated in the other tool, with inline markup around a term; confirmed there.
    const marked: OrderedNode =
      version === '2.0' ? { mrk: [text('General Secretary')], ':@': { '@_id': 'm1', '@_type': 'term' } } : { g: [text('General Secretary')], ':@': { '@_id': '1' } };
    editor.setTarget('s7', [text('The whole city must remember the '), marked, text('’s care.')], { 'xml:lang': 'en', state: 'translated' });
    // s3 revised and signed off / reviewed.
    editor.setTarget('s3', [text('On April 18, a cadre meeting was held.')], { 'xml:lang': 'en', state: version === '2.0' ? 'reviewed' : 'signed-off' });
    const report = planXliffImport(project, readXliff(editor.toString()));
    assert.deepEqual(
      report.changes.map((c) => [c.segmentId, c.target?.after, c.status && `${c.status.before}→${c.status.after}`]),
      [
        ['s3', 'On April 18, a cadre meeting was held.', 'translated→reviewed'],
        ['s7', 'The whole city must remember the General Secretary’s care.', 'new→translated'],
      ],
    );
    const updated = applySegmentChanges(project, report.changes, { now: '2026-11-22T12:00:00.000Z' });
    assert.equal(updated.segments.filter((s, i) => s !== project.segments[i]).length, 2, 'no other segment touched');
  });

  test(`XLIFF ${version} from another project, or with unknown units, is refused`, async () => {
    const project = (await seed000Project());
    const xml = version === '2.0' ? buildXliff2(project) : buildXliff12(project);
    assert.throws(() => planXliffImport({ ...project, id: 'other' }, readXliff(xml)), { code: 'XLIFF_OTHER_PROJECT' });
    const fewer = { ...project, segments: project.segments.slice(0, 10) };
    assert.throws(() => planXliffImport(fewer, readXliff(xml)), { code: 'XLIFF_DAMAGED_IDS' });
  });
}

test('XLIFF statuses survive the round trip unchanged (draft, translated, reviewed, new)', async () => {
  const project = (await seed000Project());
  for (const xml of [buildXliff2(project), buildXliff12(project)]) {
    const reading = readXliff(xml);
    assert.deepEqual(
      reading.units.map((u) => u.status),
      project.segments.map((s) => s.status),
    );
  }
});

test('a file that is not a Duizhao XLIFF is refused with a clear message', async () => {
  assert.throws(() => readXliff('<xliff version="1.2"><file original="a.txt" source-language="zh" datatype="plaintext"><body/></file></xliff>'), { code: 'XLIFF_NOT_DUIZHAO' });
  assert.throws(() => readXliff('<html/>'), { code: 'XLIFF_UNREADABLE' });
  assert.throws(() => readXliff('<xliff'), { code: 'XLIFF_UNREADABLE' });
});
