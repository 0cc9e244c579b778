import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { KindHint, SegmentKind } from '../document/types';

export interface TextBlock {
  text: string;
  kind?: SegmentKind;
}

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, caption, td, th, pre, div';
const HEADING = /^h[1-6]$/;

/**
 * The text blocks of an HTML element in document order: each heading, paragraph, list item, caption or
 * innermost text-bearing div is one block. Line breaks in the HTML source between Han characters are
 * not spaces in Chinese; <br> is a line break.
 */
export function htmlBlocks($: CheerioAPI, root: AnyNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  $(root)
    .find(BLOCK_SELECTOR)
    .addBack(BLOCK_SELECTOR)
    .each((_, element) => {
      const $element = $(element);
      // A container with block children is represented by those children.
      if ($element.children(BLOCK_SELECTOR).length > 0) return;
      const name = ('tagName' in element ? String(element.tagName) : '').toLowerCase();
      if ($element.parents('p, li, h1, h2, h3, h4, h5, h6, figcaption, caption').length > 0 && name === 'div') return;
      const kind: SegmentKind | undefined = HEADING.test(name) ? 'headline' : name === 'figcaption' || name === 'caption' ? 'caption' : undefined;
      $element.find('br').replaceWith('\n');
      for (const line of normalizeBlockText($element.text()).split('\n')) {
        if (line.length > 0) blocks.push(kind ? { text: line, kind } : { text: line });
      }
    });
  return blocks;
}

/** Source whitespace → single spaces, except that a source line break between Han characters vanishes. */
export function normalizeBlockText(raw: string): string {
  return raw
    .replace(/(\p{Script=Han})[ \t]*\r?\n[ \t\r\n]*(?=\p{Script=Han})/gu, '$1')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n');
}

/** Blocks → the decoded text (one line each) and the kind hints at their offsets. */
export function joinBlocks(blocks: readonly TextBlock[]): { text: string; hints: KindHint[] } {
  const hints: KindHint[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (block.kind) hints.push({ start: offset, end: offset + block.text.length, kind: block.kind });
    lines.push(block.text);
    offset += block.text.length + 1;
  }
  return { text: lines.join('\n'), hints };
}
