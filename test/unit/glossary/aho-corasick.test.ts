import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AhoCorasick } from '../../../glossary/engine/aho-corasick';

const texts = (hits: { pattern: number; start: number; end: number }[], text: string) => hits.map((h) => text.slice(h.start, h.end));

test('finds every occurrence, overlapping ones included', () => {
  // The textbook example (he, she, his, hers over "ushers"), in CJK letters: ASCII words only match whole.
  const ac = AhoCorasick.build(['丙丁', '乙丙丁', '丙己乙', '丙丁戊乙']);
  const text = '甲乙丙丁戊乙';
  assert.deepEqual(
    ac.findAll(text).map((h) => [h.pattern, h.start, h.end]),
    [[1, 1, 4], [0, 2, 4], [3, 2, 6]],
  );
});

test('leftmost-longest: the longest term at the leftmost position wins, no overlaps', () => {
  const ac = AhoCorasick.build(['高质量发展', '百县千镇万村高质量发展工程', '发展工程', '工程', '乡村振兴', '乡村全面振兴', '全面振兴']);
  const text = '深入实施百县千镇万村高质量发展工程，推动乡村全面振兴和高质量发展工程建设';
  assert.deepEqual(texts(ac.leftmostLongest(text), text), ['百县千镇万村高质量发展工程', '乡村全面振兴', '高质量发展', '工程']);
});

test('leftmost beats longer-but-later overlapping term', () => {
  const ac = AhoCorasick.build(['甲乙', '乙丙丁戊']);
  assert.deepEqual(texts(ac.leftmostLongest('甲乙丙丁戊'), '甲乙丙丁戊'), ['甲乙']);
});

test('quotes, title marks and spaces do not block a term; offsets stay in the raw text', () => {
  const ac = AhoCorasick.build(['两个确立', '1310具体部署', '1+6+N', '中国共产党章程']);
  const text = '深刻领悟“两个确立”的决定性意义，落实“1310”具体部署和“1 + 6 + N”，学习《中国共产党章程》。';
  const hits = ac.leftmostLongest(text);
  assert.deepEqual(texts(hits, text), ['两个确立', '1310”具体部署', '1 + 6 + N', '中国共产党章程']);
  assert.equal(hits[0].start, text.indexOf('两'));
});

test('digits and symbols: full-width digits fold, ASCII terms do not match inside longer numbers', () => {
  const ac = AhoCorasick.build(['13388', '1310', '村BA']);
  const text = '“１３３８８”行动，213100元，村ba比赛，1310';
  assert.deepEqual(texts(ac.leftmostLongest(text), text), ['１３３８８', '村ba', '1310']);
});

test('enumeration commas fold: a term written with 、 matches text written with ，', () => {
  const ac = AhoCorasick.build(['不敢腐、不能腐、不想腐']);
  const text = '一体推进不敢腐，不能腐,不想腐';
  assert.deepEqual(texts(ac.leftmostLongest(text), text), ['不敢腐，不能腐,不想腐']);
});

test('property: findAll equals the naive search over every pattern (small alphabet, many overlaps)', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.stringMatching(/^[甲乙丙a1]{1,4}$/), { minLength: 1, maxLength: 12 }),
      fc.stringMatching(/^[甲乙丙丁a1]{0,40}$/),
      (patterns, text) => {
        const ac = AhoCorasick.build(patterns);
        const expected: string[] = [];
        patterns.forEach((p, index) => {
          for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
            const asciiStart = /[a1]/.test(p[0]) && i > 0 && /[a1]/.test(text[i - 1]);
            const asciiEnd = /[a1]/.test(p[p.length - 1]) && i + p.length < text.length && /[a1]/.test(text[i + p.length]);
            if (!asciiStart && !asciiEnd) expected.push(`${index}@${i}`);
          }
        });
        const actual = ac.findAll(text).map((h) => `${h.pattern}@${h.start}`);
        assert.deepEqual(actual.sort(), expected.sort());
      },
    ),
    { numRuns: 300 },
  );
});

test('leftmostLongestSpans: the same hits as leftmostLongest, as flat typed arrays', () => {
  const ac = AhoCorasick.build(['高质量发展', '百县千镇万村高质量发展工程', '工程', '1310具体部署', '1310']);
  const text = '深入实施百县千镇万村高质量发展工程，落实“1310”具体部署，推动高质量发展工程建设，21310';
  const spans = ac.leftmostLongestSpans(text);
  const hits = ac.leftmostLongest(text);
  assert.equal(spans.count, hits.length);
  assert.deepEqual(
    Array.from({ length: spans.count }, (_, k) => ({ pattern: spans.patterns[k], start: spans.starts[k], end: spans.ends[k] })),
    hits,
  );
  assert.deepEqual(texts(hits, text), ['百县千镇万村高质量发展工程', '1310”具体部署', '高质量发展', '工程']);
  assert.equal(ac.leftmostLongestSpans('').count, 0);
});

/** Leftmost-longest by brute force: at each offset the longest pattern that occurs there (word edges respected). */
function naiveLeftmostLongest(patterns: string[], text: string): string[] {
  const found: string[] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[a1]/.test(c);
  for (let i = 0; i < text.length; ) {
    let best = -1;
    patterns.forEach((p, index) => {
      if (!text.startsWith(p, i)) return;
      if (isWord(p[0]) && isWord(text[i - 1])) return;
      if (isWord(p[p.length - 1]) && isWord(text[i + p.length])) return;
      if (best < 0 || p.length > patterns[best].length) best = index;
    });
    if (best < 0) {
      i++;
    } else {
      found.push(`${best}@${i}`);
      i += patterns[best].length;
    }
  }
  return found;
}

test('property: leftmostLongest equals brute force (small alphabet, nested and overlapping patterns)', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.stringMatching(/^[甲乙丙a1]{1,5}$/), { minLength: 1, maxLength: 16 }),
      fc.stringMatching(/^[甲乙丙丁a1]{0,60}$/),
      (patterns, text) => {
        const ac = AhoCorasick.build(patterns);
        assert.deepEqual(ac.leftmostLongest(text).map((h) => `${h.pattern}@${h.start}`), naiveLeftmostLongest(patterns, text));
      },
    ),
    { numRuns: 500 },
  );
});

test('property: a large alphabet with a wide root and deep chains (the double array stays consistent)', () => {
  const next = (() => {
    let a = 12345;
    return () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  })();
  const letters = Array.from({ length: 3000 }, (_, k) => String.fromCharCode(0x4e00 + k));
  const pick = () => letters[Math.floor(next() ** 3 * letters.length)];
  const patterns = [...new Set(Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, pick).join('')))];
  const text = Array.from({ length: 3000 }, pick).join('');
  const ac = AhoCorasick.build(patterns);
  const expected: string[] = [];
  patterns.forEach((p, index) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) expected.push(`${index}@${i}`);
  });
  assert.deepEqual(ac.findAll(text).map((h) => `${h.pattern}@${h.start}`).sort(), expected.sort());
  assert.deepEqual(ac.leftmostLongest(text).map((h) => `${h.pattern}@${h.start}`), naiveLeftmostLongest(patterns, text));
});
