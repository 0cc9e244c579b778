import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

test('scripts/look-at-exports.sh renders seed 000’s exports as pages with the CJK font embedded', { timeout: 300_000 }, (t) => {
  if (!has('soffice') || !has('pdftoppm')) {
    t.skip('LibreOffice or poppler-utils is not installed here (scripts/setup.sh installs them)');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'dz-look-'));
  const run = spawnSync('bash', [join(root, 'scripts', 'look-at-exports.sh'), '', out], { encoding: 'utf8', timeout: 280_000 });
  assert.equal(run.status, 0, run.stderr);
  const files = readdirSync(out);
  for (const name of ['review-table', 'review-table-landscape', 'interleaved', 'english']) {
    const pages = files.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png') && /-\d+\.png$/.test(f.slice(name.length)));
    assert.ok(pages.length >= 1, `${name} has pages`);
    for (const page of pages) assert.ok(statSync(join(out, page)).size > 10_000, `${page} is not blank`);
  }
  // The Chinese was set in the CJK font (not boxes or a fallback), and reads back as text.
  const fonts = spawnSync('pdffonts', [join(out, 'review-table.pdf')], { encoding: 'utf8' }).stdout;
  assert.match(fonts, /NotoSerifCJK/);
  assert.match(fonts, /LiberationSerif|TimesNewRoman/);
  const text = spawnSync('pdftotext', [join(out, 'review-table.pdf'), '-'], { encoding: 'utf8' }).stdout;
  assert.match(text, /全市传达学习贯彻/);
  assert.match(text, /Page 1 of \d+/);
});

test('a review table re-saved by LibreOffice Writer keeps its ids and imports with exactly the edits made', { timeout: 200_000 }, async (t) => {
  if (!has('soffice')) {
    t.skip('LibreOffice is not installed here');
    return;
  }
  const { writeFileSync, readFileSync } = await import('node:fs');
  const { buildReviewTableDocx } = await import('../../../main/export/review-table-docx');
  const { planReviewImport, readReviewTable } = await import('../../../main/export/review-table-import');
  const { WordDocument } = await import('./helpers/word-edit');
  const { seed000Project } = await import('./helpers/sample-project');
  const project = await seed000Project();
  const word = await WordDocument.open(await buildReviewTableDocx(project));
  word.typeInto('s12', 2, 'Second, we must deeply understand the full affirmation of Guangdong’s work.');
  const dir = mkdtempSync(join(tmpdir(), 'dz-lo-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'review.docx'), await word.save());
  const profile = mkdtempSync(join(tmpdir(), 'dz-lo-profile-'));
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in', 'review.docx')], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(run.status, 0, run.stderr);
  const resaved = new Uint8Array(readFileSync(join(dir, 'out', 'review.docx')));
  const report = planReviewImport(project, await readReviewTable(resaved));
  assert.deepEqual(
    report.changes.map((c) => [c.segmentId, c.target?.after, c.status?.after]),
    [['s12', 'Second, we must deeply understand the full affirmation of Guangdong’s work.', 'draft']],
  );
});
