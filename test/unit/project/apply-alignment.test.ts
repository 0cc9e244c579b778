import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAlignment, projectChineseSide } from '../../../main/project/apply-alignment';
import { createProject } from '../../../main/project/model';
import { sampleDocument } from './sample-document';

const now = new Date('2026-01-04T08:00:00Z');

test('aligned English fills drafts: 1-1, n-1 (noted on the others), 0-1 appended, 1-0 left new; pairs kept for the memory', () => {
  const project = createProject(sampleDocument(), { id: 'p', now });
  const side = projectChineseSide(project);
  assert.deepEqual(side.segmentIds, project.segments.map((s) => s.id));
  const en = { sentences: ['Headline one.', 'Headline two.', 'On April 18, a meeting.', 'An inserted sentence.', 'Guo Wenhai spoke.'] };
  const beads = [
    { zh: [0], en: [0] },
    { zh: [1], en: [1] },
    { zh: [2, 3], en: [2] },
    { zh: [], en: [3] },
    { zh: [4], en: [] },
    { zh: [5], en: [4] },
  ];
  const aligned = applyAlignment(project, { en, beads }, now);
  const s = aligned.segments;
  assert.deepEqual([s[0].target, s[0].status, s[0].origin], ['Headline one.', 'draft', 'aligned']);
  assert.equal(s[2].target, 'On April 18, a meeting. An inserted sentence.');
  assert.equal(s[3].target, '');
  assert.match(s[3].comment ?? '', new RegExp(`with ${s[2].id}`));
  assert.equal(s[4].status, 'new');
  assert.equal(s[5].target, 'Guo Wenhai spoke.');
  assert.equal(aligned.alignedPairs.length, 4);
  assert.equal(aligned.alignedPairs[2].zh, s[2].text + s[3].text);
  assert.equal(project.segments[0].target, '', 'input untouched');
});
