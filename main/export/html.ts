/**
 * A tiny HTML element builder for the HTML exports: text and attribute values are always escaped, so
 * no exporter writes markup by concatenating strings. Only `css()` content is emitted unescaped, and it
 * is our own constant stylesheet.
 */
export interface HtmlElement {
  tag: string;
  attributes: Record<string, string | undefined>;
  children: HtmlChild[];
}
export interface TrustedCss {
  css: string;
}
export type HtmlChild = HtmlElement | string | TrustedCss | null | undefined | false;

const VOID = new Set(['meta', 'br', 'hr', 'link', 'img', 'col']);

export function el(tag: string, attributes: Record<string, string | undefined> = {}, ...children: HtmlChild[]): HtmlElement {
  return { tag, attributes, children };
}

export function css(text: string): TrustedCss {
  if (/<\/style/i.test(text)) throw new Error('stylesheet must not close its <style> element');
  return { css: text };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderHtml(child: HtmlChild): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeHtml(child);
  if ('css' in child) return child.css;
  const attributes = Object.entries(child.attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join('');
  if (VOID.has(child.tag)) return `<${child.tag}${attributes}>`;
  return `<${child.tag}${attributes}>${child.children.map(renderHtml).join('')}</${child.tag}>`;
}

export function htmlDocument(root: HtmlElement): string {
  return `<!DOCTYPE html>\n${renderHtml(root)}\n`;
}

/** Font stacks shared by the HTML exports: a CJK serif with fallbacks per platform, and a Latin serif. */
export const FONT_STACK_ZH = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Serif SC", serif';
export const FONT_STACK_EN = '"Times New Roman", "Liberation Serif", Georgia, serif';
