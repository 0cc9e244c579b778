import { MappedTextBuilder } from '../document/text-map';
import { ChangeCounter, type CleanupStepResult } from './types';
import { linesOf } from './characters';

/**
 * Drops stray page numbers left by PDF extraction: a line holding nothing but a number of up to three
 * digits (`3`, `- 4 -`, `第3版`, `3/12`). No paragraph of an article is a bare number, so the line
 * and its line break go.
 */
const PAGE_NUMBER = /^[\s\u3000]*(?:[-—－–]\s*)?(?:\d{1,3}|第\s*\d{1,3}\s*[版页頁]|\d{1,3}\s*\/\s*\d{1,3})(?:\s*[-—－–])?[\s\u3000]*$/;

export function dropPageNumbers(text: string): CleanupStepResult {
  const builder = new MappedTextBuilder(text);
  const counter = new ChangeCounter('page-numbers');
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (!PAGE_NUMBER.test(content)) continue;
    builder.copyTo(line.start);
    // The line and the break after it (or before it, for the last line).
    builder.replace(Math.min(text.length, line.end + 1), '');
    counter.add(`page number "${content.trim()}" dropped`);
  }
  return { ...builder.finish(), change: counter.report() };
}
