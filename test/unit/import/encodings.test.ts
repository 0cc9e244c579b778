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

test('UTF-8 cut off mid-character, or with a stray byte, is still read as UTF-8 with a warning', () => {
  const bytes = Buffer.from(seedText('000'), 'utf8');
  const cut = decodeText(bytes.subarray(0, bytes.length - 1), 'cut.txt');
  assert.equal(cut.encoding.name, 'utf-8');
  assert.equal(cut.encoding.certain, false);
  assert.match(cut.warnings[0]!, /cut\.txt ends in the middle of a character/);
  assert.ok(cut.text.startsWith('全市传达学习贯彻'));

  const stray = Buffer.concat([bytes.subarray(0, 30), Buffer.from([0xff]), bytes.subarray(30)]);
  const damaged = decodeText(stray, 'stray.txt');
  assert.equal(damaged.encoding.name, 'utf-8');
  assert.match(damaged.warnings[0]!, /stray\.txt was read as UTF-8, but 1 byte sequence is not valid UTF-8/);
});
