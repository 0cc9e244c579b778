import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertScript, createSimplifiedConverter, detectScript } from '../../../main/cleanup/script';
import { removeInlinePinyin } from '../../../main/cleanup/pinyin';
import { repairPunctuation } from '../../../main/cleanup/punctuation';
import { dropPageNumbers } from '../../../main/cleanup/page-numbers';
import { joinBrokenLines } from '../../../main/cleanup/line-breaks';
import { normalizeNewlines } from '../../../main/cleanup/newlines';
import { classifyParagraph } from '../../../main/cleanup/non-body';
import { describeChanges } from '../../../main/cleanup/report';
import { mapSpan } from '../../../main/document/text-map';

const converter = createSimplifiedConverter();

test('script: OpenCC fixes the machine-conversion errors, the correction table fixes what OpenCC does not', () => {
  const result = convertScript('全麵 製度 機製 修複 體係 汙染 同誌 帶著 著名 複蓋', converter);
  assert.equal(result.text, '全面 制度 机制 修复 体系 污染 同志 带着 著名 覆盖');
  assert.equal(result.script, 'traditional');
  assert.equal(result.change.count, 13);
  assert.ok(result.change.examples.includes('全麵 → 全面'));
});

test('script: Simplified text is detected as such and left alone', () => {
  const text = '全市传达学习贯彻习近平总书记视察广东重要讲话重要指示精神干部大会召开';
  assert.equal(detectScript(text, converter), 'simplified');
  const result = convertScript(text, converter);
  assert.equal(result.text, text);
  assert.equal(result.change.count, 0);
  assert.equal(result.script, 'simplified');
  assert.equal(detectScript('會議強調', converter), 'traditional');
  assert.equal(detectScript('Only English here.', converter), 'simplified');
});

test('pinyin: annotations after a Han character go, in either bracket style and with numbered tones', () => {
  const result = removeInlinePinyin('农(nóng)村、镇（zhèn）街、质(zhi4)量、绿(lǜ)美');
  assert.equal(result.text, '农村、镇街、质量、绿美');
  assert.equal(result.change.count, 4);
});

/** Each input comes out as expected, and the step reports it as one change. */
function assertEachOneChange(step: (text: string) => { text: string; change: { count: number } }, cases: Array<[string, string]>): void {
  for (const [input, expected] of cases) {
    const result = step(input);
    assert.equal(result.text, expected, input);
    assert.equal(result.change.count, 1, input);
  }
}

test('pinyin: pinyin-font typography (IPA ɡ and ɑ, combining tone marks) is still an annotation', () => {
  const cases: Array<[string, string]> = [
    ['黄(huánɡ)埔', '黄埔'],
    ['长(chánɡ)江', '长江'],
    ['发(fɑ̄)展', '发展'],
    ['家(jiɑ)乡', '家乡'],
    ['农(no\u0301ng)村', '农村'],
    ['绿（lu\u0308\u0300）美', '绿美'],
    ['镇(zhe\u0300n)街', '镇街'],
  ];
  assertEachOneChange(removeInlinePinyin, cases);
  // Still one syllable with one tone: two marks, capitals or several words are not an annotation.
  for (const text of ['农(nóngcu\u0301n)村', '黄(Huánɡ)埔', '中山(Zhonɡshan)', '各县（市、区）', '本报讯(记者 陈伟祺 郭锦润)', '火炬开发区(党工委)']) {
    assert.equal(removeInlinePinyin(text).text, text, text);
  }
});

test('pinyin: real parentheses stay', () => {
  for (const text of ['各县（市、区）', '本报讯(记者 陈伟祺 郭锦润)', '火炬开发区(党工委)', '建设EOD(eod)项目', '中山(Zhongshan)', '农(nong)村', '报告(pdf)']) {
    const result = removeInlinePinyin(text);
    // 农(nong) is a reading of 农 (pinyin-pro agrees), so it goes; the others are not readings.
    if (text === '农(nong)村') assert.equal(result.text, '农村');
    else assert.equal(result.text, text, text);
  }
});

test('punctuation: doubled marks collapse to the intended one', () => {
  const cases: Array<[string, string]> = [
    ['6月5日,,中山', '6月5日，中山'],
    ['重要讲话,、重要指示', '重要讲话、重要指示'],
    ['讲话、,重要', '讲话、重要'],
    ['推进会，，深入', '推进会，深入'],
    ['迈进,。市委', '迈进。市委'],
  ];
  for (const [input, expected] of cases) assert.equal(repairPunctuation(input).text, expected, input);
});

test('punctuation: ASCII marks next to Chinese become full-width; numbers and English keep theirs', () => {
  assert.equal(repairPunctuation('会议指出,2023年是关键一年;要实干!怎么办?来源:梅州').text, '会议指出，2023年是关键一年；要实干！怎么办？来源：梅州');
  assert.equal(repairPunctuation('时间:2022-05-12 09:50:54').text, '时间：2022-05-12 09:50:54');
  assert.equal(repairPunctuation('投资1,000亿元').text, '投资1,000亿元');
  assert.equal(repairPunctuation('Li Jing, Zhongshan: plenary session!').text, 'Li Jing, Zhongshan: plenary session!');
  assert.equal(repairPunctuation('各县(市、区)和本报讯(记者 陈伟祺)').text, '各县（市、区）和本报讯（记者 陈伟祺）');
  assert.equal(repairPunctuation('see (page 3) here').text, 'see (page 3) here');
});

test('page numbers: bare numbers on their own line go, numbers in text stay', () => {
  const result = dropPageNumbers('标题\n\n3\n\n正文第3段。\n- 4 -\n第5版\n2024\n');
  assert.equal(result.text, '标题\n\n\n正文第3段。\n2024\n');
  assert.equal(result.change.count, 3);
});

test('broken lines: a sentence cut by a PDF break is joined, the original span keeps the break', () => {
  const input = '会议强调，要坚定不移加强党的全面领导和党的建设，以高质量党建引领和保\n\n障高质量发展、现代化建设。要持续加强。';
  const result = joinBrokenLines(input);
  assert.equal(result.text, '会议强调，要坚定不移加强党的全面领导和党的建设，以高质量党建引领和保障高质量发展、现代化建设。要持续加强。');
  assert.equal(result.change.count, 1);
  const at = result.text.indexOf('保障');
  const [from, to] = mapSpan(result.map, at, at + 2);
  assert.equal(input.slice(from, to), '保\n\n障');
});

test('broken lines: headlines, captions and finished paragraphs are not joined', () => {
  const cases = [
    '全市干部大会召开\n以新担当新作为奋力书写新篇章\n4月18日，全市干部大会举行。',
    '图为6月27日，电子基地科创园封顶\n要聚焦实体经济为本，强化高质量发展支撑。',
    '会议指出，今年是关键一年。\n会议强调，要实干。',
    'CPC Zhongshan Municipal Committee\nholds plenary session.',
  ];
  for (const text of cases) assert.equal(joinBrokenLines(text).text, text, text);
});

test('broken lines: a headline wrapped where no headline can end is joined; a complete headline and its subtitle are not', () => {
  const joined: Array<[string, string]> = [
    ['我市深入实施就业优先战略，连续4年\n获评省级考核“优秀”等次', '我市深入实施就业优先战略，连续4年获评省级考核“优秀”等次'],
    ['全市上下凝心聚力为\n高质量发展贡献力量', '全市上下凝心聚力为高质量发展贡献力量'],
    ['火炬开发区全力\n打造科技创新高地', '火炬开发区全力打造科技创新高地'],
  ];
  assertEachOneChange(joinBrokenLines, joined);
  const apart = [
    // Title and subtitle: the first line is a complete headline.
    '全市传达学习贯彻习近平总书记视察广东重要讲话重要指示精神干部大会召开\n以新担当新作为奋力书写中山高质量发展现代化建设新篇章',
    '我市召开大会，郭文海讲话\n全力推进高质量发展',
    // A blank line between: two blocks of the page.
    '我市深入实施就业优先战略，连续4年\n\n获评省级考核“优秀”等次',
    // The next line is no short continuation: a second clause, or two phrases.
    '我市深入实施就业优先战略，连续4年\n获评省级考核，再创佳绩',
    '我市深入实施就业优先战略，连续4年\n打好稳就业“组合拳” 交出高质量“成绩单”',
    // Not headlines: a caption, a finished sentence.
    '图为6月27日，连续4年\n获评省级考核“优秀”等次',
  ];
  for (const text of apart) assert.equal(joinBrokenLines(text).text, text, text);
});

test('newlines: CRLF and CR become LF, zero-width debris goes', () => {
  const result = normalizeNewlines('第一段。\r\n第二\u200B段。\r第三段。');
  assert.equal(result.text, '第一段。\n第二段。\n第三段。');
});

test('non-body recognition', () => {
  const kinds: Array<[string, string]> = [
    ['页面：', 'chrome'],
    ['来源：梅州日报   时间：2022-05-12 09:50:54   浏览：-', 'chrome'],
    ['字号:', 'chrome'],
    ['【打印】【关闭】', 'chrome'],
    ['梅州市人民政府门户网站 梅州市人民政府发展研究中心 工作动态 以感恩之心奋进之力实干之行', 'chrome'],
    ['2022-05-12 09:50:54', 'dateline'],
    ['新华社北京1月4日电', 'dateline'],
    ['记者 陈伟祺 郭锦润', 'byline'],
    ['责任编辑：李明', 'byline'],
    ['（记者 陈伟祺）', 'byline'],
    ['图为6月27日，电子基地科创园封顶', 'caption'],
    ['The meeting reviewed the achievements of 2023.', 'foreign'],
    ['以感恩之心奋进之力实干之行 推动红色苏区绿色发展', 'headline'],
    ['会议强调，要实干。', 'body'],
    ['会议强调，一代人有一代人的长征，', 'body'],
  ];
  for (const [text, kind] of kinds) assert.equal(classifyParagraph(text), kind, text);
  assert.equal(classifyParagraph('某某讲话', 'headline'), 'headline');
});

test('the report line reads like the issue asks', () => {
  assert.equal(
    describeChanges([
      { step: 'script', count: 412, examples: [] },
      { step: 'pinyin', count: 57, examples: [] },
      { step: 'punctuation', count: 0, examples: [] },
      { step: 'line-breaks', count: 3, examples: [] },
    ]),
    'converted 412 Traditional characters; removed 57 inline pinyin annotations; joined 3 broken lines',
  );
  assert.equal(describeChanges([]), 'nothing needed cleaning');
});
