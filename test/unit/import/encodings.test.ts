import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../../main/import/decode-text';
import { readBytes } from '../../../main/import/read-source';
import { seedFiles, seedText } from '../document/seeds';

// Seeds re-encoded at test time. Big5 cannot encode Simplified characters, so only the Traditional seeds
// (001, 004) go through Big5; every seed goes through GB18030 and UTF-16. The expected text is what the
// encoding can hold (iconv round trip: 004's pinyin tone letters are not in Big5).
const numbers = seedFiles.map((name) => name.slice(0, 3));
const cases: Array<{ encoding: string; expected: string; bom: boolean; seeds: string[] }> = [
  { encoding: 'gb18030', expected: 'gb18030', bom: false, seeds: numbers },
  { encoding: 'big5', expected: 'big5', bom: false, seeds: ['001', '004'] },
  { encoding: 'utf-16le', expected: 'utf-16le', bom: false, seeds: numbers },
  { encoding: 'utf-16be', expected: 'utf-16be', bom: false, seeds: numbers },
  { encoding: 'utf-16le', expected: 'utf-16le', bom: true, seeds: numbers },
  { encoding: 'utf-16be', expected: 'utf-16be', bom: true, seeds: numbers },
  { encoding: 'utf-8', expected: 'utf-8', bom: true, seeds: numbers },
  { encoding: 'utf-8', expected: 'utf-8', bom: false, seeds: numbers },
];

for (const { encoding, expected, bom, seeds } of cases) {
  for (const number of seeds) {
    test(`seed ${number} in ${encoding}${bom ? ' with BOM' : ' without BOM'} is detected and decoded`, () => {
      const original = seedText(number);
      const bytes = iconv.encode(original, encoding, { addBOM: bom });
      const decoded = decodeText(bytes, `${number}.txt`);
      assert.equal(decoded.encoding.name, expected);
      assert.equal(decoded.encoding.bom, bom);
      assert.equal(decoded.text, iconv.decode(iconv.encode(original, encoding), encoding));
      assert.equal(decoded.encoding.certain, true, decoded.warnings.join(' '));
      assert.deepEqual(decoded.warnings, []);
    });
  }
}

test('a short text that could be either encoding is decoded, but flagged as uncertain with the encoding named', () => {
  // Two Han characters in GB18030: too little to be sure.
  const decoded = decodeText(iconv.encode('会议', 'gb18030'), 'short.txt');
  assert.equal(decoded.text, '会议');
  assert.equal(decoded.encoding.certain, false);
  assert.match(decoded.warnings[0]!, /short\.txt.*GB18030/);
});

test('a UTF-16 text of Han characters only (no zero bytes) is found by scoring the candidates', () => {
  const text = '中华人民共和国成立七十五周年是重要的一年我们要坚定不移推进高质量发展';
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const decoded = decodeText(iconv.encode(text, encoding), 'x.txt');
    assert.equal(decoded.encoding.name, encoding);
    assert.equal(decoded.text, text);
  }
});

test('a chosen encoding skips detection', () => {
  const bytes = iconv.encode(seedText('001'), 'big5');
  const decoded = decodeText(bytes, '001.txt', 'big5');
  assert.equal(decoded.encoding.name, 'big5');
  assert.ok(decoded.text.includes('梅州'));
});

test('a GB18030 file goes all the way through readBytes and keeps its encoding report', async () => {
  const imported = await readBytes(iconv.encode(seedText('000'), 'gb18030'), '000.txt');
  assert.equal(imported.format, 'txt');
  assert.equal(imported.encoding?.name, 'gb18030');
  assert.equal(imported.text, seedText('000'));
});

/** A seed ending in a multi-byte character (no final line break), and that text without its last character. */
function endsInHan(number: string): { text: string; withoutLast: string } {
  const text = seedText(number).trimEnd();
  return { text, withoutLast: [...text].slice(0, -1).join('') };
}
const CUT_OFF = /seems cut off at the end: it ends in the middle of a (.+?) character, and that incomplete character was dropped/;

test('UTF-8 cut off mid-character stays UTF-8: the incomplete character is dropped, with a warning; a stray byte is reported', () => {
  const { text, withoutLast } = endsInHan('000');
  const bytes = Buffer.from(text, 'utf8');
  for (const missing of [1, 2]) {
    const cut = decodeText(bytes.subarray(0, bytes.length - missing), 'cut.txt');
    assert.equal(cut.encoding.name, 'utf-8');
    assert.equal(cut.encoding.certain, true, 'the encoding itself is not in doubt');
    assert.equal(cut.warnings.length, 1, cut.warnings.join(' '));
    assert.match(cut.warnings[0]!, /^cut\.txt seems cut off at the end/);
    assert.equal(CUT_OFF.exec(cut.warnings[0]!)?.[1], 'UTF-8');
    assert.equal(cut.text, withoutLast, 'no U+FFFD left for the lost character');
  }

  const stray = Buffer.concat([bytes.subarray(0, 30), Buffer.from([0xff]), bytes.subarray(30)]);
  const damaged = decodeText(stray, 'stray.txt');
  assert.equal(damaged.encoding.name, 'utf-8');
  assert.deepEqual(damaged.warnings, ['stray.txt was read as UTF-8, but 1 byte sequence is not valid UTF-8 and shows as �.']);

  // Damaged and cut off: both said.
  const both = decodeText(stray.subarray(0, stray.length - 1), 'both.txt');
  assert.equal(both.warnings.length, 2);
  assert.match(both.warnings[1]!, CUT_OFF);
});

test('GB18030 and Big5 cut off mid-character are detected, the incomplete character dropped, and the cut reported', () => {
  const cases: Array<[string, 'gb18030' | 'big5', string]> = [['000', 'gb18030', 'GB18030'], ['001', 'gb18030', 'GB18030'], ['001', 'big5', 'Big5'], ['004', 'big5', 'Big5']];
  for (const [number, encoding, display] of cases) {
    const { text } = endsInHan(number);
    const expected = iconv.decode(iconv.encode(text, encoding), encoding);
    const bytes = iconv.encode(text, encoding);
    const cut = decodeText(bytes.subarray(0, bytes.length - 1), `${number}.txt`);
    assert.equal(cut.encoding.name, encoding, `${number} ${encoding}`);
    assert.equal(cut.text, [...expected].slice(0, -1).join(''), `${number} ${encoding}`);
    assert.ok(cut.warnings.some((w) => w.startsWith(`${number}.txt seems cut off at the end`) && CUT_OFF.exec(w)?.[1] === display), cut.warnings.join(' | '));
    // The same when the user chose the encoding.
    const chosen = decodeText(bytes.subarray(0, bytes.length - 1), `${number}.txt`, encoding);
    assert.equal(chosen.text, cut.text);
    assert.match(chosen.warnings.join(' '), CUT_OFF);
  }
  // A four-byte GB18030 character (㐀, Extension A) cut after one, two or three of its bytes.
  const four = iconv.encode(`${endsInHan('000').text}㐀`, 'gb18030');
  for (const missing of [1, 2, 3]) {
    const cut = decodeText(four.subarray(0, four.length - missing), 'four.txt');
    assert.equal(cut.encoding.name, 'gb18030');
    assert.equal(cut.text, endsInHan('000').text, `${missing} bytes missing`);
    assert.match(cut.warnings.join(' '), CUT_OFF);
  }
});

test('UTF-16 with an odd number of bytes is UTF-16 cut off, not binary data: the message says so', () => {
  const { text, withoutLast } = endsInHan('000');
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    for (const bom of [false, true]) {
      const bytes = iconv.encode(text, encoding, { addBOM: bom });
      const cut = decodeText(bytes.subarray(0, bytes.length - 1), 'odd.txt');
      assert.equal(cut.encoding.name, encoding, `${encoding} bom=${bom}`);
      assert.equal(cut.encoding.bom, bom);
      assert.equal(cut.text, withoutLast);
      assert.deepEqual(cut.warnings, [
        'odd.txt has an odd number of bytes, but UTF-16 uses two bytes per character: the file seems cut off at the end, and its last, incomplete character was dropped. Compare the end of the text with the original.',
      ]);
    }
    // Cut between the two halves of a surrogate pair (𠀀 is two UTF-16 code units).
    const pair = iconv.encode(`${text}𠀀`, encoding);
    const half = decodeText(pair.subarray(0, pair.length - 2), 'pair.txt');
    assert.equal(half.encoding.name, encoding);
    assert.equal(half.text, text);
    assert.match(half.warnings.join(' '), CUT_OFF);
  }
});

test('a whole file gets no cut-off warning', () => {
  for (const encoding of ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const) {
    const decoded = decodeText(iconv.encode(endsInHan('000').text, encoding), 'whole.txt');
    assert.deepEqual(decoded.warnings, [], encoding);
  }
});
