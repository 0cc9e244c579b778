import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeMaps, identityMap, MappedTextBuilder, mapSpan, piecesOf } from '../../../main/document/text-map';
import { mapSpanToOriginal } from '../../../main/document/offsets';

test('a builder records copies, substitutions, replacements and deletions', () => {
  const input = '農(nóng)村,,发展';
  const builder = new MappedTextBuilder(input);
  builder.substitute(1, '农');
  builder.replace(7, '');
  builder.copyTo(8);
  builder.replace(10, '，');
  const { text, map } = builder.finish();
  assert.equal(text, '农村，发展');
  assert.deepEqual(mapSpan(map, 0, 1), [0, 1]);
  assert.deepEqual(mapSpan(map, 1, 2), [7, 8]);
  assert.deepEqual(mapSpan(map, 0, 2), [0, 8]);
  assert.deepEqual(mapSpan(map, 2, 3), [8, 10]);
  assert.deepEqual(mapSpan(map, 3, 5), [10, 12]);
  assert.deepEqual(piecesOf(map, 0, 5), [1, 1, 0, 6, 1, 1, 1, 2, 2, 2]);
  const segment = { text, original: input, originalPieces: piecesOf(map, 0, 5) };
  assert.deepEqual(mapSpanToOriginal(segment, 1, 3), [7, 10]);
});

test('maps compose: the final text points back to the first input', () => {
  const first = new MappedTextBuilder('a\r\nb');
  first.copyTo(1);
  first.replace(3, '\n');
  const one = first.finish();
  const second = new MappedTextBuilder(one.text);
  second.copyTo(1);
  second.replace(2, '');
  const two = second.finish();
  assert.equal(two.text, 'ab');
  const map = composeMaps(one.map, two.map);
  assert.deepEqual(mapSpan(map, 1, 2), [3, 4]);
  assert.deepEqual(mapSpan(map, 0, 1), [0, 1]);
  assert.deepEqual(mapSpan(composeMaps(identityMap(4), one.map), 0, 3), [0, 4]);
});

test('random edits: copied characters map onto themselves, spans stay ordered and inside the input', () => {
  const edit = fc.record({ keep: fc.nat(5), drop: fc.nat(4), insert: fc.string({ maxLength: 3 }) });
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { maxLength: 10 }), (input, edits) => {
      const builder = new MappedTextBuilder(input);
      const copied: Array<[number, number]> = [];
      let outLength = 0;
      for (const { keep, drop, insert } of edits) {
        const keepTo = Math.min(input.length, builder.position + keep);
        for (let at = builder.position; at < keepTo; at++) copied.push([outLength++, at]);
        builder.copyTo(keepTo);
        builder.replace(Math.min(input.length, keepTo + drop), insert);
        outLength += insert.length;
      }
      for (let at = builder.position; at < input.length; at++) copied.push([outLength++, at]);
      const { text, map } = builder.finish();
      assert.equal(map.starts.length, text.length + 1);
      for (let i = 0; i <= text.length; i++) {
        for (let j = i; j <= text.length; j++) {
          const [from, to] = mapSpan(map, i, j);
          assert.ok(0 <= from && from <= to && to <= input.length);
        }
      }
      for (const [out, at] of copied) {
        assert.equal(text[out], input[at]);
        assert.deepEqual(mapSpan(map, out, out + 1), [at, at + 1]);
      }
    }),
  );
});
