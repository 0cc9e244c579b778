import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createGlossaryService } from '../../../main/glossary-service/create';
import { createGlossarySegmenter, feedGlossaryToSegmenter } from '../../../main/glossary-service/segmenter';

// The real jieba and the real built-in term base: glossary terms stay one token.
test('the word segmenter keeps built-in and personal glossary terms whole', async () => {
  const service = createGlossaryService({ dataHome: mkdtempSync(path.join(tmpdir(), 'dz-seg-')), translator: async () => 'test' });
  const segmenter = await createGlossarySegmenter(service);
  const words = segmenter.cut('以头号工程力度深入实施百千万工程，坚持制造业当家。');
  assert.ok(words.includes('百千万工程'), words.join('/'));
  assert.ok(words.includes('制造业当家'), words.join('/'));
  assert.equal(words.join(''), '以头号工程力度深入实施百千万工程，坚持制造业当家。');

  const before = segmenter.cut('锚定强镇兴富民目标');
  assert.ok(!before.includes('强镇兴富民'), before.join('/'));
  await service.add({ zh: '强镇兴富民', en: 'strong towns, rich people' });
  assert.ok((await feedGlossaryToSegmenter(segmenter, service)) > 100);
  assert.ok(segmenter.cut('锚定强镇兴富民目标').includes('强镇兴富民'));
});
