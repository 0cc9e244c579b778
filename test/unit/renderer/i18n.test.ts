import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { I18n, format } from '../../../renderer/src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('English and Chinese tables have exactly the same keys', () => {
  assert.deepEqual(Object.keys(zhCN).sort(), Object.keys(en).sort());
});

test('every Chinese string uses the same placeholders as its English original and is not empty', () => {
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    assert.ok(zhCN[key].trim().length > 0, `${key} is empty in zh-CN`);
    assert.deepEqual(placeholders(zhCN[key]), placeholders(en[key]), `placeholders differ for ${key}`);
  }
});

test('the translator switches language and tells listeners', () => {
  const i18n = new I18n('en');
  const seen: string[] = [];
  i18n.onChange((language) => seen.push(language));
  assert.equal(i18n.t('status.progress', { done: 3, total: 10, percent: 30 }), '3 of 10 confirmed (30%)');
  i18n.setLanguage('zh-CN');
  assert.equal(i18n.t('menu.file'), '文件');
  assert.equal(i18n.text({ en: 'Export…', 'zh-CN': '导出…' }), '导出…');
  assert.deepEqual(seen, ['zh-CN']);
  assert.equal(format('{a} and {b}', { a: 1 }), '1 and {b}');
});
