import { composeMaps, type TextMap } from '../document/text-map';
import type { CleanupChange, Script } from '../document/types';
import { normalizeNewlines } from './newlines';
import { convertScript, type ScriptConverter } from './script';
import { removeInlinePinyin } from './pinyin';
import { repairPunctuation } from './punctuation';
import { dropPageNumbers } from './page-numbers';
import { joinBrokenLines } from './line-breaks';
import type { CleanupStepResult } from './types';

export interface CleanedText {
  /** The cleaned Simplified text; paragraphs are its non-blank lines. */
  text: string;
  /** Maps `text` back onto the decoded original. */
  map: TextMap;
  script: Script;
  /** One entry per text-changing step, in the order they ran (zero counts included). */
  changes: CleanupChange[];
}

/**
 * Runs the text-changing cleanup steps in order: script → inline pinyin → punctuation → page numbers →
 * broken lines. Order matters: pinyin is recognised on Simplified text, punctuation repair turns ASCII
 * marks full-width before line joining looks for sentence ends, and page numbers go before joining so
 * a number between two halves of a sentence does not keep them apart.
 */
export function cleanText(original: string, convert: ScriptConverter): CleanedText {
  const steps = cleanTextSteps(original, convert);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The names of the steps `cleanTextSteps` yields after, in order (for progress reports). */
export const CLEANUP_STEP_LABELS = ['Traditional → Simplified', 'inline pinyin', 'punctuation', 'page numbers', 'broken lines'] as const;

/**
 * The same steps as `cleanText`, pausing after each one (it yields the step's label) so a long
 * document can report progress and be cancelled between steps.
 */
export function* cleanTextSteps(original: string, convert: ScriptConverter): Generator<string, CleanedText, void> {
  const normalized = normalizeNewlines(original);
  let map = normalized.map;
  let text = normalized.text;
  const changes: CleanupChange[] = [];
  const apply = (result: CleanupStepResult) => {
    // A step that changed nothing has the identity map: nothing to compose.
    if (result.text !== text || result.change.count > 0) map = composeMaps(map, result.map);
    text = result.text;
    changes.push(result.change);
  };
  const script = convertScript(text, convert);
  apply(script);
  yield CLEANUP_STEP_LABELS[0];
  apply(removeInlinePinyin(text));
  yield CLEANUP_STEP_LABELS[1];
  apply(repairPunctuation(text));
  yield CLEANUP_STEP_LABELS[2];
  apply(dropPageNumbers(text));
  yield CLEANUP_STEP_LABELS[3];
  apply(joinBrokenLines(text));
  yield CLEANUP_STEP_LABELS[4];
  return { text, map, script: script.script, changes };
}
