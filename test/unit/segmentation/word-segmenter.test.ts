import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJiebaSegmenter } from '../../../main/segmentation/word-segmenter';

test('jieba cuts Chinese text into words that join back to the text', () => {
  const segmenter = createJiebaSegmenter();
  const text = '深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。';
  const words = segmenter.cut(text);
  assert.equal(words.join(''), text);
  assert.ok(words.includes('决定性'));
});

test('glossary terms loaded as user words stay one token', () => {
  const segmenter = createJiebaSegmenter({ userWords: ['制造业当家', '深中通道'] });
  assert.ok(segmenter.cut('坚守“制造业当家”。').includes('制造业当家'));
  assert.ok(segmenter.cut('抢抓深中通道通车新机遇').includes('深中通道'));
  segmenter.addUserWords(['百千万工程']);
  assert.deepEqual(segmenter.cut('百千万工程'), ['百千万工程']);
});

test('a user dictionary file is loaded; a missing one is refused before jieba sees it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-jieba-'));
  const dictionary = join(dir, 'user.dict.utf8');
  writeFileSync(dictionary, '高质量发展 100 n\n');
  assert.ok(createJiebaSegmenter({ userDictPath: dictionary }).cut('推动高质量发展').includes('高质量发展'));
  assert.throws(() => createJiebaSegmenter({ userDictPath: join(dir, 'missing.dict') }), (error: Error & { code?: string }) => error.code === 'SEGMENTER_USER_DICT_MISSING');
});
