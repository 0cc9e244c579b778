import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareText } from '../../../main/document/prepare';
import { cleanText } from '../../../main/cleanup/pipeline';
import { createSimplifiedConverter } from '../../../main/cleanup/script';
import { seedFiles, seedText } from '../document/seeds';

const converter = createSimplifiedConverter();
const prepare = (number: string) => prepareText(seedText(number), number, { converter });
const change = (document: ReturnType<typeof prepare>, step: string) => document.changes.find((c) => c.step === step)!;

test('all five seeds are in test/fixtures', () => {
  assert.deepEqual(seedFiles.map((name) => name.slice(0, 3)), ['000', '001', '002', '003', '004']);
});

test('001: the badly converted characters come out right, and its script is reported as Traditional', () => {
  const document = prepare('001');
  assert.equal(document.script, 'traditional');
  const text = document.segments.map((s) => s.text).join('\n');
  for (const right of ['全面', '制度', '机制', '修复', '体系', '污染', '同志']) assert.ok(text.includes(right), `${right} expected`);
  for (const wrong of ['全麵', '製度', '機製', '修複', '體係', '汙染', '同誌', '麵', '製', '複', '係', '汙', '誌']) {
    assert.ok(!text.includes(wrong), `${wrong} left in the cleaned text`);
  }
  // The original keeps the file's characters, segment by segment.
  assert.ok(document.segments.some((s) => s.original.includes('全麵') && s.text.includes('全面')));
  assert.ok(change(document, 'script').count > 400);
});

test('004: no inline pinyin is left and real parentheses survive', () => {
  const document = prepare('004');
  const text = document.segments.map((s) => s.text).join('\n');
  assert.doesNotMatch(text, /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/);
  assert.doesNotMatch(text, /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  assert.ok(text.includes('农村工作会议'));
  assert.ok(text.includes('（党工委）'));
  assert.ok(text.includes('（管委会、办事处主任）'));
  const pinyin = change(document, 'pinyin');
  // Every annotation in the file: a parenthesised run of lowercase letters with a tone mark.
  const inFile = seedText('004').match(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g)!.length;
  assert.equal(pinyin.count, inFile);
  assert.ok(pinyin.examples.includes('农(nóng) → 农'));
});

test('real parentheses of 001, 002 and 003 survive, full-width', () => {
  assert.ok(prepare('001').segments.some((s) => s.text.includes('县（市、区）')));
  assert.ok(prepare('002').segments.some((s) => s.text === '本报讯（记者 陈伟祺 郭锦润）'));
  assert.ok(prepare('003').segments.some((s) => s.text.includes('火炬开发区党工委')));
  assert.ok(prepare('003').segments.some((s) => s.text.includes('火炬开发区（中山港街道、民众街道）')));
});

for (const number of ['000', '001', '002', '003', '004']) {
  test(`${number}: no doubled punctuation, no ASCII comma between Chinese characters`, () => {
    const text = prepare(number).segments.map((s) => s.text).join('\n');
    assert.doesNotMatch(text, /[,，、;；。]{2,}/);
    assert.doesNotMatch(text, /\p{Script=Han}[,;:?!]|[,;:?!]\p{Script=Han}/u);
  });

  test(`${number}: cleanup is idempotent on the seed`, () => {
    const once = cleanText(seedText(number), converter);
    const twice = cleanText(once.text, converter);
    assert.equal(twice.text, once.text);
    assert.ok(twice.changes.every((c) => c.count === 0), JSON.stringify(twice.changes));
  });
}

test('004: the doubled marks collapse to the intended one', () => {
  const text = prepare('004').segments.map((s) => s.text).join('\n');
  assert.ok(text.includes('6月5日，中山召开市委农村工作会议'));
  assert.ok(text.includes('重要讲话、重要指示精神'));
  assert.ok(text.includes('市委副书记、市长肖展欣主持会议。'));
  assert.ok(change(prepare('004'), 'punctuation').examples.some((e) => e.includes(',,')));
});

test('002: words broken across PDF lines are joined and page numbers are gone', () => {
  const document = prepare('002');
  const text = document.segments.map((s) => s.text).join('\n');
  assert.ok(text.includes('力争2024年奋力跑出高质量发展、现代化建设的加速度。'));
  assert.ok(text.includes('以高质量党建引领和保障高质量发展、现代化建设。'));
  assert.ok(text.includes('推动发展和安全实现动态平衡、相得益彰。'));
  // Three broken body paragraphs and the headline wrapped over two lines.
  assert.equal(change(document, 'line-breaks').count, 4);
  assert.equal(change(document, 'page-numbers').count, 2);
  assert.ok(!document.paragraphs.some((p) => /^\d+$/.test(p.text)), 'a page number is left as a paragraph');
  // The original of a joined sentence still shows the break.
  assert.ok(document.segments.some((s) => s.text.includes('跑出高质量') && s.original.includes('跑出高\n\n质量')));
});

test('002: the English header block is foreign, the headlines are headlines, the lead-in is a dateline', () => {
  const document = prepare('002');
  const kinds = document.paragraphs.map((p) => `${p.kind}:${p.text.slice(0, 12)}`);
  assert.deepEqual(kinds.slice(0, 4), ['foreign:CPC Zhongsha', 'foreign:The 15th Zho', 'foreign:Text transla', 'foreign:Li Jing']);
  assert.equal(document.paragraphs.find((p) => p.text.startsWith('打好稳就业'))!.kind, 'headline');
  // The headline the PDF wrapped after 连续4年 is one headline segment.
  const wrapped = document.segments.filter((s) => s.text.includes('就业优先战略'));
  assert.deepEqual(wrapped.map((s) => [s.kind, s.text]), [['headline', '我市深入实施就业优先战略，连续4年获评省级考核“优秀”等次']]);
  assert.ok(wrapped[0]!.original.includes('连续4年\n获评'), 'the original keeps the line break');
  assert.equal(document.paragraphs.find((p) => p.text.startsWith('中共中山市第十五届委员会'))!.kind, 'headline');
  assert.equal(document.segments.find((s) => s.text.startsWith('本报讯'))!.kind, 'dateline');
  assert.equal(document.segments.filter((s) => s.kind === 'body').length, 45);
});

test('001: the site chrome is recognised', () => {
  const document = prepare('001');
  const chrome = document.paragraphs.filter((p) => p.kind === 'chrome').map((p) => p.original.trim());
  assert.deepEqual(chrome.slice(0, 3), ['頁麵:', '字體:', '對比度:']);
  assert.ok(chrome.some((line) => line.startsWith('來源:梅州日報') && line.includes('時間:') && line.includes('瀏覽:-')));
  assert.ok(chrome.includes('字號:'));
  assert.ok(chrome.some((line) => line.startsWith('梅州市人民政府門戶網站')), 'the breadcrumb trail');
  assert.equal(document.paragraphs.find((p) => p.text === '以感恩之心奋进之力实干之行 推动红色苏区绿色发展')!.kind, 'headline');
  assert.equal(change(document, 'non-body').count, 7);
});

test('003: the photo captions are recognised', () => {
  const document = prepare('003');
  const captions = document.segments.filter((s) => s.kind === 'caption').map((s) => s.text);
  assert.deepEqual(captions, ['图为6月27日，电子基地科创园封顶', '图为长理工中山研究院实验室', '图为得能湖公园']);
  // The caption is not glued to the paragraph after it, although it ends without a full stop.
  assert.equal(change(document, 'line-breaks').count, 0);
});

test('000: the title and subtitle are headlines, and are not joined to each other', () => {
  const document = prepare('000');
  assert.deepEqual(
    document.paragraphs.filter((p) => p.kind === 'headline').map((p) => p.text),
    ['全市传达学习贯彻习近平总书记视察广东重要讲话重要指示精神干部大会召开', '以新担当新作为奋力书写中山高质量发展现代化建设新篇章'],
  );
});
