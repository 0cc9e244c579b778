import { MappedTextBuilder } from '../document/text-map';
import { ChangeCounter, type CleanupStepResult } from './types';
import { isDigit, isHan, linesOf, trimmedRange } from './characters';
import { recognizeNonBody } from './non-body';

/**
 * Joins paragraphs split by a PDF line break (`…力争2024年奋力跑出高` / `质量发展、…加速度。`).
 * A line is continued by the next non-blank line when
 * - it is running prose: it holds a full sentence already, or is at least 20 characters with commas, and
 *   is not a caption, byline, dateline or chrome line (`图为…，…封顶` must not swallow the next paragraph),
 * - it stops mid-sentence: it ends with a Han character, a digit, or ，、,
 * - the next line starts with a Han character, a digit or an opening quote, and
 * - the next line is prose that reaches a sentence end (a headline or a caption never follows a cut).
 * The break and the whitespace around it are deleted; joins chain across several breaks.
 * Runs after page numbers are dropped, so a page number between the halves does not prevent the join.
 */
const PROSE_MARK = /[，。；！？]/;
const SENTENCE_END = /[。！？…]/;
const LONG_LINE = 20;

export function joinBrokenLines(text: string): CleanupStepResult {
  const builder = new MappedTextBuilder(text);
  const counter = new ChangeCounter('line-breaks');
  const lines = linesOf(text)
    .map((line) => trimmedRange(text, line.start, line.end))
    .filter((line) => line.end > line.start);

  // `current` is the (possibly already joined) line that may continue onto the next one.
  let currentStart = -1;
  let currentEnd = -1;
  for (const line of lines) {
    if (currentStart >= 0 && continuesOnto(text.slice(currentStart, currentEnd), text.slice(line.start, line.end))) {
      builder.copyTo(currentEnd);
      builder.replace(line.start, '');
      counter.add(`${text.slice(Math.max(currentStart, currentEnd - 6), currentEnd)}⏎${text.slice(line.start, Math.min(line.end, line.start + 6))}`);
      currentEnd = line.end;
      continue;
    }
    currentStart = line.start;
    currentEnd = line.end;
  }
  return { ...builder.finish(), change: counter.report() };
}

function continuesOnto(current: string, next: string): boolean {
  // Cheap tests first: most lines end with a full stop.
  const last = current[current.length - 1];
  if (!(isHan(last) || isDigit(last) || last === '，' || last === '、')) return false;
  const first = next[0];
  if (!(isHan(first) || isDigit(first) || first === '“')) return false;
  if (!PROSE_MARK.test(current)) return false;
  if (!SENTENCE_END.test(current) && current.length < LONG_LINE) return false;
  if (!SENTENCE_END.test(next)) return false;
  return !recognizeNonBody(current) && !recognizeNonBody(next);
}
