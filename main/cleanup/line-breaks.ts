import { MappedTextBuilder } from '../document/text-map';
import { ChangeCounter, type CleanupStepResult } from './types';
import { isDigit, isHan, linesOf, trimmedRange } from './characters';
import { isHeadline, recognizeNonBody } from './non-body';

/**
 * Joins paragraphs split by a PDF line break (`…力争2024年奋力跑出高` / `质量发展、…加速度。`).
 * A line is continued by the next non-blank line when
 * - it is running prose: it holds a full sentence already, or is at least 20 characters with commas, and
 *   is not a caption, byline, dateline or chrome line (`图为…，…封顶` must not swallow the next paragraph),
 * - it stops mid-sentence: it ends with a Han character, a digit, or ，、,
 * - the next line starts with a Han character, a digit or an opening quote, and
 * - the next line is prose that reaches a sentence end (a headline or a caption never follows a cut).
 * A headline wrapped by the PDF (`我市深入实施就业优先战略，连续4年` / `获评省级考核“优秀”等次`) is joined
 * too, when the two lines follow each other directly (no blank line) and `headlineContinues` says the
 * first one stops inside a phrase.
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
    // No blank line between them: the lines of one block of the page.
    const adjacent = currentStart >= 0 && !/\n\s*\n/.test(text.slice(currentEnd, line.start));
    if (currentStart >= 0 && continuesOnto(text.slice(currentStart, currentEnd), text.slice(line.start, line.end), adjacent)) {
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

function continuesOnto(current: string, next: string, adjacent: boolean): boolean {
  // Cheap tests first: most lines end with a full stop.
  const last = current[current.length - 1];
  if (!(isHan(last) || isDigit(last) || last === '，' || last === '、')) return false;
  const first = next[0];
  if (!(isHan(first) || isDigit(first) || first === '“')) return false;
  if (adjacent && headlineContinues(current, next)) return true;
  if (!PROSE_MARK.test(current)) return false;
  if (!SENTENCE_END.test(current) && current.length < LONG_LINE) return false;
  if (!SENTENCE_END.test(next)) return false;
  return !recognizeNonBody(current) && !recognizeNonBody(next);
}

/** Its own headline line is at most this long, the wrapped rest of one at most this. */
const HEADLINE_JOINED_MAX = 60;
const HEADLINE_REST_MAX = 20;
/** Words that need what follows them: prepositions, conjunctions, structural particles, adverbs. */
const DANGLING_CHARACTER = /[在为把将向对与和及以从由被让给跟同并且或而的地得之]$/;
const DANGLING_WORD = /(?:连续|持续|首次|再次|不断|全力|加快|进一步|更加|已经|正在|努力|积极|大力|深入|全面|推动|助力|围绕|聚焦|通过|实现)$/;
/** A bare amount of time or count (`连续4年`, `第3次`, `三个月`): it qualifies the verb that comes next. */
const BARE_QUANTITY = /^(?:连续|累计|近|超|共|已|第)?[0-9０-９一二三四五六七八九十百千万两]+(?:多)?(?:年|个月|月|周|天|日|次|届|批|轮|项|个|家|名|位|倍)$/;

/**
 * Whether a headline line goes on in the next line: both are headline-shaped (short, no sentence end,
 * not chrome, caption or byline), the next is a short single phrase (no comma, no space), and the first
 * stops where no headline can stop: on a preposition, conjunction or particle, on an adverb, or in a
 * last clause that is a bare quantity (`…，连续4年`). A complete headline and its subtitle
 * (`…干部大会召开` / `以新担当新作为…`) stay apart.
 */
export function headlineContinues(current: string, next: string): boolean {
  if (next.length > HEADLINE_REST_MAX || current.length + next.length > HEADLINE_JOINED_MAX) return false;
  if (/[，、；：,;:\s]/.test(next)) return false;
  if (!isHeadline(current) || !isHeadline(next) || recognizeNonBody(current) || recognizeNonBody(next)) return false;
  const lastPhrase = current.split(/[，、；：\s]/).pop()!;
  return DANGLING_CHARACTER.test(lastPhrase) || DANGLING_WORD.test(lastPhrase) || BARE_QUANTITY.test(lastPhrase);
}
