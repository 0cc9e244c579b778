import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readBytes } from '../../../main/import/read-source';
import { prepareImported } from '../../../main/document/prepare';
import { seedText } from '../document/seeds';
import { seedDocx } from './sample-docx';

test('.docx: paragraphs become lines, headings become headlines', async () => {
  const imported = await readBytes(await seedDocx(), 'article.docx');
  assert.equal(imported.format, 'docx');
  const lines = imported.text.split('\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[2], seedText('003').split('\n')[1], 'runs of one paragraph are one line');
  const document = prepareImported(imported);
  assert.deepEqual(document.paragraphs.map((p) => p.kind), ['headline', 'body', 'body', 'headline', 'body']);
  assert.equal(document.segments[0]!.text, '火炬开发区召开上半年工作总结暨下半年工作部署大会');
  assert.ok(document.segments.some((s) => s.text === '8月16日，火炬开发区召开2023年上半年工作总结暨下半年工作部署大会。'));
});

const PAGE = `<!doctype html>
<html><head><meta charset="gbk"><title>以感恩之心奋进之力实干之行 推动红色苏区绿色发展_梅州市人民政府</title>
<style>.x { color: red }</style><script>var tracker = "不要这个";</script></head>
<body>
<div class="header"><a href="/">首页</a> 政务公开</div>
<nav><ul><li>首页</li><li>新闻中心</li><li>政务公开</li></ul></nav>
<div class="breadcrumb">首页 &gt; 工作动态</div>
<div class="article">
  <h1>以感恩之心奋进之力实干之行 推动红色苏区绿色发展</h1>
  <div class="info">来源：梅州日报　时间：2022-05-12</div>
  <div class="TRS_Editor">
    <p>11日，全市干部大会在市委礼堂召开。会议深入学习贯彻习近平总书记关于老区苏区工作重要论述，
    传达学习省委书记来梅调研讲话精神。</p>
    <p>会议强调，要聚焦重点任务，确保落地落实。<br>各级领导干部要干字当头。</p>
    <p><img src="a.jpg"></p>
  </div>
</div>
<div class="share">分享到：微信 微博</div>
<div id="footer">版权所有 梅州市人民政府 粤ICP备0000号</div>
<noscript>请启用脚本</noscript>
</body></html>`;

test('.html: the article text without navigation, scripts, styles or footer, in the declared encoding', async () => {
  const imported = await readBytes(iconv.encode(PAGE, 'gbk'), 'page.html');
  assert.equal(imported.format, 'html');
  assert.equal(imported.encoding?.name, 'gb18030');
  for (const chrome of ['新闻中心', '不要这个', 'color', '版权所有', '分享到', '请启用脚本', '政务公开']) {
    assert.ok(!imported.text.includes(chrome), `${chrome} should be gone`);
  }
  const document = prepareImported(imported);
  assert.equal(document.paragraphs[0]!.kind, 'headline');
  assert.equal(document.paragraphs[0]!.text, '以感恩之心奋进之力实干之行 推动红色苏区绿色发展');
  // The source line break inside the first paragraph is no space in Chinese.
  assert.ok(document.segments.some((s) => s.text === '会议深入学习贯彻习近平总书记关于老区苏区工作重要论述，传达学习省委书记来梅调研讲话精神。'));
  // <br> is a line break.
  assert.ok(document.paragraphs.some((p) => p.text === '各级领导干部要干字当头。'));
});

test('.html: a <meta charset> that agrees with the bytes is used with certainty and no warning', async () => {
  const imported = await readBytes(iconv.encode(PAGE, 'gbk'), 'page.html');
  assert.equal(imported.encoding?.certain, true);
  assert.deepEqual(imported.warnings, []);
});

test('.html: a UTF-8 page that declares gb2312 is read as UTF-8, and the warning says the declaration was wrong', async () => {
  const imported = await readBytes(Buffer.from(PAGE.replace('charset="gbk"', 'charset="gb2312"'), 'utf8'), 'resaved.html');
  assert.equal(imported.encoding?.name, 'utf-8');
  assert.ok(imported.text.includes('全市干部大会在市委礼堂召开'), imported.text.slice(0, 80));
  assert.deepEqual(imported.warnings, [
    'resaved.html declares its encoding as gb2312 (<meta charset>), but its bytes are valid UTF-8 text; it was read as UTF-8. If the text looks wrong, reopen it with the right encoding.',
  ]);
});

test('.html: a GBK page that declares utf-8 or big5 is read as GB18030, with a warning', async () => {
  for (const label of ['utf-8', 'big5']) {
    const imported = await readBytes(iconv.encode(PAGE.replace('charset="gbk"', `charset="${label}"`), 'gbk'), 'wrong.html');
    assert.equal(imported.encoding?.name, 'gb18030', label);
    assert.ok(imported.text.includes('全市干部大会在市委礼堂召开'), label);
    assert.equal(imported.warnings.length, 1, imported.warnings.join(' | '));
    assert.match(imported.warnings[0]!, new RegExp(`^wrong\\.html declares its encoding as ${label} \\(<meta charset>\\), but its bytes read as GB18030; it was read as GB18030\\.`));
  }
});

test('.html: the encoding the translator chose wins over the page\'s declaration', async () => {
  const bytes = iconv.encode(PAGE.replace('charset="gbk"', 'charset="utf-8"'), 'gbk');
  const imported = await readBytes(bytes, 'chosen.html', { encoding: 'gb18030' });
  assert.equal(imported.encoding?.name, 'gb18030');
  assert.deepEqual(imported.warnings, []);
});

test('.html without a known article container: the element with the most Chinese paragraphs wins', async () => {
  const html = `<html><body><div id="menu"><p>首页</p><p>关于我们</p></div><div class="main-column"><p>第一段正文内容比较长，讲的是会议。</p><p>第二段正文。</p><p>第三段正文。</p></div><div class="links"><p>友情链接</p></div></body></html>`;
  const imported = await readBytes(Buffer.from(html), 'page.htm');
  assert.deepEqual(imported.text.split('\n'), ['第一段正文内容比较长，讲的是会议。', '第二段正文。', '第三段正文。']);
});

test('.html without <h1>: the <title> without the site name is the headline', async () => {
  const html = '<html><head><title>全市干部大会召开_梅州市人民政府</title></head><body><div id="zoom"><p>11日，全市干部大会在市委礼堂召开。</p></div></body></html>';
  const imported = await readBytes(Buffer.from(html), 'page.html');
  assert.deepEqual(imported.text.split('\n'), ['全市干部大会召开', '11日，全市干部大会在市委礼堂召开。']);
  assert.deepEqual(imported.hints, [{ start: 0, end: 8, kind: 'headline' }]);
});
