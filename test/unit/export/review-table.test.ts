import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { buildReviewTableDocx } from '../../../main/export/review-table-docx';
import { planReviewImport, readReviewTable } from '../../../main/export/review-table-import';
import { applySegmentChanges } from '../../../main/export/segment-changes';
import { readDocx } from '../../../main/export/docx-reader';
import { seed000Project } from './helpers/sample-project';
import { WordDocument } from './helpers/word-edit';

const options = { exportedAt: '2026-11-22T08:00:00Z', glossaryVersion: 'built-in 2026.11' };

async function exported() {
  const project = (await seed000Project());
  return { project, bytes: await buildReviewTableDocx(project, options) };
}

test('the review table has the header block and one row per segment with number, Chinese, English, status, comment', async () => {
  const { project, bytes } = await exported();
  const docx = await readDocx(bytes);
  assert.equal(docx.customProperties.DuizhaoProjectId, project.id);
  const rows = docx.tables[0].rows;
  assert.equal(rows.length, project.segments.length + 1);
  assert.deepEqual(rows[0].cells.map((c) => c.text), ['No.', '中文 Chinese', 'English', 'Status', 'Comment']);
  assert.ok(rows[0].isHeader, 'the heading row repeats on every page');
  const s4 = rows[4].cells;
  assert.equal(s4[0].text.split('\n')[0], '4');
  assert.deepEqual(s4[0].bookmarks, ['_dz_s4']);
  assert.equal(s4[0].hidden, '{dz:proj-0001:s4}');
  assert.equal(s4[1].text, project.segments[3].text);
  assert.equal(s4[2].text, project.segments[3].target);
  assert.equal(s4[3].text, 'translated');
  assert.equal(s4[4].text, 'Check the title of Huang Kunming against the provincial site.');
  assert.equal(rows[7].cells[2].text, '[untranslated]', 'untranslated English is marked, not left blank');
  assert.match(rows[1].cells[0].text, /headline/, 'non-body rows say what they are');
});

test('round trip: edits made the way Word saves them come back as exactly those changes', async () => {
  const { project, bytes } = await exported();
  const word = await WordDocument.open(bytes);
  word.typeInto('s3', 2, 'On April 18, a city-wide cadre meeting was held at the Municipal Conference Center.');
  word.typeInto('s5', 4, 'Use “Mayor Xiao Zhanxin” consistently.');
  word.replaceTracked('s7', 2, 'The whole city must keep in mind the General Secretary’s care & trust <always>.');
  word.typeInto('s2', 3, 'reviewed');
  const edited = await word.save();

  const report = planReviewImport(project, await readReviewTable(edited));
  assert.equal(report.segmentsInFile, project.segments.length);
  assert.deepEqual(
    report.changes.map((c) => ({ id: c.segmentId, target: c.target?.after, comment: c.comment?.after, status: c.status && `${c.status.before}→${c.status.after}` })),
    [
      { id: 's2', target: undefined, comment: undefined, status: 'translated→reviewed' },
      { id: 's3', target: 'On April 18, a city-wide cadre meeting was held at the Municipal Conference Center.', comment: undefined, status: undefined },
      { id: 's5', target: undefined, comment: 'Use “Mayor Xiao Zhanxin” consistently.', status: undefined },
      { id: 's7', target: 'The whole city must keep in mind the General Secretary’s care & trust <always>.', comment: undefined, status: 'new→draft' },
    ],
  );
  assert.deepEqual(report.warnings, []);

  const updated = applySegmentChanges(project, report.changes, { now: '2026-11-22T11:00:00.000Z', by: 'Li Ming' });
  const changed = new Set(report.changes.map((c) => c.segmentId));
  for (const [i, segment] of updated.segments.entries()) {
    if (!changed.has(segment.id)) assert.equal(segment, project.segments[i], `${segment.id} is untouched`);
  }
  const s7 = updated.segments.find((s) => s.id === 's7')!;
  assert.equal(s7.origin, 'imported');
  assert.equal(s7.modifiedBy, 'Li Ming');
  // Importing the same file again finds nothing more to change.
  const again = await buildReviewTableDocx(updated, options);
  assert.deepEqual(planReviewImport(updated, await readReviewTable(again)).changes, []);
});

test('an unedited review table imports with no changes', async () => {
  const { project, bytes } = await exported();
  const report = planReviewImport(project, await readReviewTable(bytes));
  assert.deepEqual(report.changes, []);
  assert.deepEqual(report.warnings, []);
});

test('a file from another project is refused', async () => {
  const { project, bytes } = await exported();
  const other = { ...project, id: 'proj-other' };
  await assert.rejects(async () => planReviewImport(other, await readReviewTable(bytes)), { code: 'REVIEW_OTHER_PROJECT' });
});

test('a damaged hidden id is refused before anything is applied', async () => {
  const { project, bytes } = await exported();
  const word = await WordDocument.open(bytes);
  word.setHiddenMarker('s6', '{dz:proj-0001:s6');
  await assert.rejects(readReviewTable(await word.save()), { code: 'REVIEW_DAMAGED_IDS', message: /row 6/ });
  void project;
});

test('a segment id the project does not have is refused', async () => {
  const { project, bytes } = await exported();
  const word = await WordDocument.open(bytes);
  word.renameBookmark('_dz_s9', '_dz_s999');
  word.setHiddenMarker('s999', '{dz:proj-0001:s999}');
  await assert.rejects(async () => planReviewImport(project, await readReviewTable(await word.save())), { code: 'REVIEW_DAMAGED_IDS', message: /s999/ });
});

test('bookmark and hidden id that disagree are refused', async () => {
  const { bytes } = await exported();
  const word = await WordDocument.open(bytes);
  word.setHiddenMarker('s10', '{dz:proj-0001:s11}');
  await assert.rejects(readReviewTable(await word.save()), { code: 'REVIEW_DAMAGED_IDS', message: /several segment ids/ });
});

test('a project id changed in the document properties is caught by the rows’ hidden ids', async () => {
  const { bytes } = await exported();
  const word = await WordDocument.open(bytes);
  await word.setCustomProperty('DuizhaoProjectId', 'proj-9999');
  await assert.rejects(readReviewTable(await word.save()), { code: 'REVIEW_MIXED_PROJECTS' });
});

test('a Word file that is not a review table is refused with a clear message', async () => {
  const plain = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('x')] })] })] })] }] }),
  );
  await assert.rejects(readReviewTable(new Uint8Array(plain)), { code: 'REVIEW_NOT_DUIZHAO' });
  await assert.rejects(readReviewTable(new TextEncoder().encode('not a zip')), { code: 'DOCX_UNREADABLE' });
});

test('landscape pages are wider than tall', async () => {
  const project = (await seed000Project());
  const bytes = await buildReviewTableDocx(project, { ...options, landscape: true });
  const JSZip = (await import('jszip')).default;
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const size = xml.match(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"/)!;
  assert.equal(size[3], 'landscape');
  assert.ok(Number(size[1]) > Number(size[2]));
});
