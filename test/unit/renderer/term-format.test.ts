import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, linesOf, segmentTerms, spacedInsertion, termHoverMarkdown } from '../../../renderer/src/glossary/term-format';
import { termEntrySchema } from '../../../glossary/engine/entry';
import type { SegmentTermMatch } from '../../../renderer/src/glossary/glossary-port';

const entry = termEntrySchema.parse({
  id: 'zh.baiqianwan',
  zh: '百千万工程',
  en: 'High-Quality Development Project for Hundreds of Counties, Thousands of Towns and Tens of Thousands of Villages',
  alternates: ['"1310" project'],
  forbidden: [{ text: 'millions project' }],
  note: 'Guangdong [provincial] programme',
  sources: [{ authority: 'Guangdong government', reference: 'https://www.gd.gov.cn' }],
  status: 'approved',
});
const match = (start: number, id = entry.id): SegmentTermMatch => ({
  start,
  end: start + 5,
  text: '百千万工程',
  form: '百千万工程',
  term: { entry: { ...entry, id }, layer: 'builtin', overrides: [] },
  alsoIn: [],
  originalStart: start,
  originalEnd: start + 5,
});

test('segment terms are distinct entries in reading order, numbered from 1', () => {
  const terms = segmentTerms([match(10, 'b'), match(0, 'a'), match(20, 'a')]);
  assert.deepEqual(terms.map((t) => [t.index, t.resolved.entry.id]), [[1, 'a'], [2, 'b']]);
});

test('the hover shows rendering, alternates, forbidden, note, source, status and layer, escaped', () => {
  const [hover] = termHoverMarkdown(match(0).term, {
    alternates: 'Alternates',
    forbidden: 'Do not use',
    note: 'Note',
    source: 'Source',
    status: 'Status',
    layer: 'Glossary',
    statusName: (s) => s,
    layerName: (l) => l,
    overridesName: (l) => `overrides ${l}`,
  });
  assert.match(hover!, /^\*\*High\\-Quality Development Project/);
  assert.match(hover!, /Alternates: "1310" project/);
  assert.match(hover!, /Do not use: ~~millions project~~/);
  assert.match(hover!, /Note: Guangdong \\\[provincial\\\] programme/);
  assert.match(hover!, /Source: Guangdong government \\\(https:\/\/www\\\.gd\\\.gov\\\.cn\\\)/);
  assert.match(hover!, /Status: approved · Glossary: builtin/);
  assert.equal(escapeMarkdown('[x](y)'), '\\[x\\]\\(y\\)');
});

test('the hover of a personal override says which shared entry it hides and what that one says', () => {
  const term = { entry: { ...entry, en: 'my wording' }, layer: 'personal' as const, overrides: [{ layer: 'team' as const, entry }] };
  const labels = { alternates: 'A', forbidden: 'F', note: 'N', source: 'S', status: 'Status', layer: 'Glossary', statusName: (s: string) => s, layerName: (l: string) => l, overridesName: (l: string) => `overrides ${l}` };
  const [hover] = termHoverMarkdown(term, labels);
  assert.match(hover!, /Glossary: personal \(overrides team: High\\-Quality Development Project/);
});

test('an inserted rendering gets the spaces a sentence needs', () => {
  assert.equal(spacedInsertion('the', '', 'Greater Bay Area'), ' Greater Bay Area');
  assert.equal(spacedInsertion('the ', 'project', 'Greater Bay Area'), 'Greater Bay Area ');
  assert.equal(spacedInsertion('', '.', 'Two Establishments'), 'Two Establishments');
  assert.equal(spacedInsertion('(', ')', 'CPC'), 'CPC');
});

test('one-per-line fields drop blanks and trim', () => {
  assert.deepEqual(linesOf(' a \n\n b\n'), ['a', 'b']);
});
