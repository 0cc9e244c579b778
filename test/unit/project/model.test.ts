import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProject, updateSegment, updateProjectDetails, normalizeTarget } from '../../../main/project/model';
import { projectProgress } from '../../../main/project/progress';
import { projectSchema, PROJECT_SCHEMA_VERSION } from '../../../main/project/schema';
import { sampleDocument } from './sample-document';

const now = new Date('2026-01-04T08:00:00Z');
const later = new Date('2026-01-04T09:30:00Z');

test('a project made from a prepared document keeps every segment, paragraph and the cleanup report, all new', () => {
  const doc = sampleDocument();
  const project = createProject(doc, { id: 'p1', now, translator: 'Li Wei' });
  assert.equal(projectSchema.safeParse(project).success, true);
  assert.equal(project.schemaVersion, PROJECT_SCHEMA_VERSION);
  assert.equal(project.name, '000_e9e6f547ac829196');
  assert.equal(project.segments.length, doc.segments.length);
  assert.deepEqual(project.segments.map((s) => s.text), doc.segments.map((s) => s.text));
  assert.ok(project.segments.every((s) => s.status === 'new' && s.target === ''));
  assert.equal(project.paragraphs.length, doc.paragraphs.length);
  assert.deepEqual(project.cleanup, doc.changes);
  assert.equal(project.translator, 'Li Wei');
});

test('typing makes a draft, confirming marks translated, editing a confirmed segment makes it a draft again', () => {
  const project = createProject(sampleDocument(), { id: 'p1', now });
  const typed = updateSegment(project, 's3', { target: 'On April 18, the city held a meeting.' }, { now: later, by: 'Li Wei' });
  assert.equal(typed.segment.status, 'draft');
  assert.equal(typed.segment.modifiedBy, 'Li Wei');
  assert.equal(typed.project.modifiedAt, later.toISOString());
  assert.equal(project.segments[2].target, '', 'the input project is not mutated');
  const confirmed = updateSegment(typed.project, 's3', { status: 'translated' }, { now: later });
  assert.equal(confirmed.segment.status, 'translated');
  const edited = updateSegment(confirmed.project, 's3', { target: 'On April 18, Zhongshan held a meeting.' }, { now: later });
  assert.equal(edited.segment.status, 'draft');
  const emptied = updateSegment(edited.project, 's3', { target: '' }, { now: later });
  assert.equal(emptied.segment.status, 'new');
});

test('a changed translation records how it came about: typed unless a memory match was inserted; a status change keeps it', () => {
  const project = createProject(sampleDocument(), { id: 'p1', now });
  const inserted = updateSegment(project, 's3', { target: 'On April 18, the city held a meeting.', origin: 'memory' }, { now: later });
  assert.equal(inserted.segment.origin, 'memory');
  const confirmed = updateSegment(inserted.project, 's3', { status: 'translated' }, { now: later });
  assert.equal(confirmed.segment.origin, 'memory');
  const corrected = updateSegment(confirmed.project, 's3', { target: 'On April 18, Zhongshan held a meeting.' }, { now: later });
  assert.equal(corrected.segment.origin, 'typed');
});

test('pasted line breaks become spaces so one segment stays one row', () => {
  assert.equal(normalizeTarget('one\ntwo\r\n\r\nthree'), 'one two three');
  const project = createProject(sampleDocument(), { id: 'p1', now });
  assert.equal(updateSegment(project, 's1', { target: 'Cadres\nmeet' }, { now }).segment.target, 'Cadres meet');
});

test('unknown segments and empty confirmations are refused with user-facing errors', () => {
  const project = createProject(sampleDocument(), { id: 'p1', now });
  assert.throws(() => updateSegment(project, 's999', { target: 'x' }, { now }), { code: 'PROJECT_SEGMENT_NOT_FOUND' });
  assert.throws(() => updateSegment(project, 's3', { status: 'translated' }, { now }), { code: 'SEGMENT_EMPTY_TRANSLATION' });
  assert.throws(() => updateProjectDetails(project, { name: '  ' }, { now }), { code: 'PROJECT_NAME_EMPTY' });
});

test('an edit that changes nothing returns the same project (no autosave for nothing)', () => {
  const project = createProject(sampleDocument(), { id: 'p1', now });
  assert.equal(updateSegment(project, 's1', { target: '' }, { now: later }).project, project);
});

test('progress counts translatable segments and ignores skippable kinds', () => {
  const segments = [
    { kind: 'headline', status: 'translated' },
    { kind: 'body', status: 'reviewed' },
    { kind: 'body', status: 'draft' },
    { kind: 'body', status: 'new' },
    { kind: 'chrome', status: 'new' },
    { kind: 'caption', status: 'translated' },
  ];
  const progress = projectProgress(segments);
  assert.equal(progress.total, 6);
  assert.equal(progress.translatable, 4);
  assert.equal(progress.confirmed, 2);
  assert.equal(progress.percent, 50);
  assert.deepEqual(progress.byStatus, { new: 2, draft: 1, translated: 2, reviewed: 1 });
  assert.equal(projectProgress([]).percent, 100);
});
