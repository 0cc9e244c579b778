import { test } from 'node:test';
import assert from 'node:assert/strict';
import { I18n } from '../../../renderer/src/i18n';
import { CLEANUP_STEPS, describeStep } from '../../../renderer/src/start/step-names';
import { CLEANUP_STEP_LABELS } from '../../../main/cleanup/pipeline';

test('the start screen names every cleanup step the pipeline reports, in both UI languages', () => {
  assert.deepEqual(Object.keys(CLEANUP_STEPS).sort(), [...CLEANUP_STEP_LABELS].sort());
  const i18n = new I18n('en');
  assert.equal(describeStep(i18n, 'cleaned: inline pinyin'), 'cleaned up: inline pinyin');
  assert.equal(describeStep(i18n, 'reading'), 'reading the file');
  i18n.setLanguage('zh-CN');
  assert.equal(describeStep(i18n, 'cleaned: Traditional → Simplified'), '已清理：繁体转简体');
  assert.equal(describeStep(i18n, 'splitting into sentences'), '正在切分句子');
  assert.equal(describeStep(i18n, 'something new'), 'something new', 'an unknown label is shown as it is');
});
