import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { ImportedText } from '../document/types';
import { htmlBlocks, joinBlocks, normalizeBlockText, type TextBlock } from './html-blocks';

/** Elements that are never article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, canvas, form, button, select, input, textarea, nav, aside, header, footer, menu';
/** Site chrome by role, class or id, as Chinese government and news sites name it. */
const CHROME = [
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[aria-hidden="true"]', '[hidden]',
  '[class*="nav"]', '[id*="nav"]', '[class*="menu"]', '[id*="menu"]', '[class*="breadcrumb"]', '[class*="crumb"]',
  '[class*="footer"]', '[id*="footer"]', '[class*="header"]', '[id*="header"]', '[class*="sidebar"]', '[id*="sidebar"]',
  '[class*="share"]', '[id*="share"]', '[class*="toolbar"]', '[class*="position"]', '[class*="location"]', '[class*="copyright"]',
].join(', ');
/** Where gov.cn-style and news CMSs put the article body, best first. */
const ARTICLE_ROOTS = ['[itemprop="articleBody"]', 'article', '.TRS_Editor', '#zoom', '.article-content', '.article_content', '#content', '.content', 'main'];

/**
 * The article of a web page: title as headline, then the body's paragraphs, without navigation,
 * scripts, styles, sharing bars or footers. The article root is a known CMS container when there is
 * one, otherwise the element whose paragraphs hold the most Chinese text.
 */
export function readHtml(html: string, sourceName: string): ImportedText {
  const $ = cheerio.load(html);
  const heading = normalizeBlockText($('h1').first().text()).replace(/\n/g, ' ');
  // <title> usually carries the site name: "标题_梅州市人民政府", "标题 - 中山日报".
  const title = heading || normalizeBlockText($('title').first().text()).replace(/\n/g, ' ').split(/\s*[_|｜]\s*|\s+[-—–]\s+/)[0]!.trim();
  $(NEVER_TEXT).remove();
  $(CHROME).not('body, html').filter((_, element) => !isArticleRoot($, element)).remove();
  const root = findArticleRoot($);
  const blocks: TextBlock[] = htmlBlocks($, root);
  if (title && !blocks.some((block) => block.text === title)) blocks.unshift({ text: title, kind: 'headline' });
  return { sourceName, format: 'html', ...joinBlocks(blocks), warnings: [] };
}

function isArticleRoot($: cheerio.CheerioAPI, element: AnyNode): boolean {
  return ARTICLE_ROOTS.some((selector) => $(element).is(selector)) || $(element).find('p').length >= 3;
}

function findArticleRoot($: cheerio.CheerioAPI): AnyNode {
  for (const selector of ARTICLE_ROOTS) {
    const found = $(selector).first();
    if (found.length > 0 && chineseLength(found.text()) > 20) return found.get(0)!;
  }
  // The parent of the paragraphs with the most Chinese text.
  const totals = new Map<AnyNode, number>();
  $('p').each((_, paragraph) => {
    const parent = paragraph.parent;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + chineseLength($(paragraph).text()));
  });
  const best = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ($('body').get(0) ?? $.root().get(0)!);
}

function chineseLength(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}
