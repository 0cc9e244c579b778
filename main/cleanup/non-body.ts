import type { CleanupChange, SegmentKind } from '../document/types';
import { ChangeCounter } from './types';
import { countHan, countLatin } from './characters';

/**
 * Recognises paragraphs that are not article body, so they become segments of their own kind that
 * the translator can skip: site chrome, datelines, bylines, photo captions, foreign-language blocks
 * and headlines. Works on cleaned (Simplified, full-width) text; ASCII colons are accepted too so it
 * also works on raw lines.
 */
const COLON = '[:：]';
const CHROME_LABEL = new RegExp(
  `^(?:页面|字体|对比度|字号|来源|时间|浏览|浏览次数|点击|阅读|发布时间|发布日期|发布机构|打印|关闭|分享|分享到|当前位置|您当前的位置|您的位置|所在位置|索引号|信息来源)\\s*${COLON}`,
);
const CHROME_WORDS = /^[【[]?(?:打印|关闭|返回顶部|打印本页|关闭窗口|收藏|扫一扫|分享到?)[】\]]?(?:\s*[【[]?(?:打印|关闭|返回顶部|打印本页|关闭窗口|收藏|扫一扫)[】\]]?)*$/;
const BREADCRUMB_MARK = /网站|首页|主页|[>»＞›]/;
const BYLINE = new RegExp(`^[（(]?\\s*(?:记者|通讯员|文|图|文/图|图/文|摄影|摄|撰稿|撰文|作者|编辑|责编|责任编辑|编审|审核|校对)\\s*(?:${COLON}|／|/|\\s)`);
const DATELINE = /^(?:\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:新华社|中新社|中新网|本报|人民网|央视网)[^，。\s]{0,16}电|本报讯)$/;
const CAPTION = /^(?:图为|图片为|图：|图:|▲|△|◀|▶|↑|上图|下图|左图|右图|图片来源|[（(]图[）)]|[（(]?摄影|配图)/;
const SENTENCE_END = /[。！？!?]/;

/** Lines that are non-body whatever their neighbours: chrome, byline, dateline, caption, foreign. */
export function recognizeNonBody(paragraph: string): SegmentKind | undefined {
  const text = paragraph.trim();
  if (text.length === 0) return undefined;
  const han = countHan(text);
  const latin = countLatin(text);
  if (latin >= 2 && latin > han * 2) return 'foreign';
  if (text.length <= 160 && (CHROME_LABEL.test(text) || CHROME_WORDS.test(text))) return 'chrome';
  if (text.length <= 200 && !SENTENCE_END.test(text) && isBreadcrumb(text)) return 'chrome';
  if (text.length <= 40 && DATELINE.test(text)) return 'dateline';
  if (text.length <= 60 && BYLINE.test(text) && !/[。！？]/.test(text)) return 'byline';
  if (text.length <= 120 && CAPTION.test(text)) return 'caption';
  return undefined;
}

/**
 * The kind of a cleaned paragraph. `hint` comes from the file's own structure (a .docx heading, an
 * HTML <h1>) and wins over guessing unless the text is plainly chrome or foreign.
 */
export function classifyParagraph(paragraph: string, hint?: SegmentKind): SegmentKind {
  const recognized = recognizeNonBody(paragraph);
  if (recognized) return recognized;
  if (hint) return hint;
  return isHeadline(paragraph.trim()) ? 'headline' : 'body';
}

/** Short, no sentence-final mark, not stopping on a comma: a title, deck or cross-head. */
export function isHeadline(text: string): boolean {
  if (text.length === 0 || text.length > 80 || countHan(text) === 0) return false;
  if (SENTENCE_END.test(text)) return false;
  return !/[，、；：,;:]$/.test(text);
}

/** Breadcrumb trails: several space-separated parts and a site/home/arrow mark. */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/[\s\u3000]+|[>»＞›]/).filter(Boolean);
  return parts.length >= 3 && BREADCRUMB_MARK.test(text);
}

/** The report line: how many paragraphs were recognised as non-body, with kind-labelled examples. */
export function reportNonBody(paragraphs: ReadonlyArray<{ kind: SegmentKind; text: string }>): CleanupChange {
  const counter = new ChangeCounter('non-body');
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body') continue;
    const preview = paragraph.text.length > 24 ? `${paragraph.text.slice(0, 24)}…` : paragraph.text;
    counter.add(`${paragraph.kind}: ${preview}`);
  }
  return counter.report();
}
