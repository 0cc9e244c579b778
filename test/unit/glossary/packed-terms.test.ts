import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GlossaryIndex } from '../../../glossary/engine/glossary-index';
import { resolveLayers } from '../../../glossary/engine/layers';
import { matchSegment } from '../../../glossary/engine/match-segment';
import { packSegmentTerms, unpackSegmentTerms } from '../../../glossary/engine/packed-terms';
import { entry } from './entries';

const index = GlossaryIndex.build(
  resolveLayers([
    { layer: 'builtin', entries: [entry({ id: 'gao-zhi-liang', zh: '高质量发展', en: 'high-quality development' }), entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'the Two Affirmations' })] },
    { layer: 'personal', entries: [entry({ id: 'my-affirmations', zh: '两个确立', en: 'the Two Affirmations (mine)' })] },
  ]),
);
const identity = (_: unknown, start: number, end: number) => [start, end] as const;
const segments = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, text: `推动高质量发展，深刻领悟“两个确立”${i}`, original: `推动高质量发展，深刻领悟“两个确立”${i}` }));

test('packed segment terms: each entry once, and unpacking gives the same terms back', () => {
  const terms = segments.map((s) => matchSegment(s, index, identity));
  const packed = packSegmentTerms(terms);
  // Two entries suggested, one hidden behind the personal entry: three, however many segments.
  assert.equal(packed.entries.length, 3);
  const wire = JSON.parse(JSON.stringify(packed));
  assert.deepEqual(unpackSegmentTerms(wire), JSON.parse(JSON.stringify(terms)));
  assert.ok(JSON.stringify(packed).length * 3 < JSON.stringify(terms).length, 'the packed form is much smaller');
  const unpacked = unpackSegmentTerms(wire);
  assert.equal(unpacked[0].terms[1].term, unpacked[9].terms[1].term, 'matches of one entry share it');
  assert.equal(unpacked[0].terms[1].alsoIn[0].entry.id, 'liang-ge-que-li');
});

test('a packed message naming an entry it does not carry is refused with a clear message', () => {
  const packed = packSegmentTerms([matchSegment(segments[0], index, identity)]);
  packed.entries = [];
  assert.throws(() => unpackSegmentTerms(packed), /name entry 0, but only 0 were sent/);
});
