import { composeMaps, MappedTextBuilder } from '../document/text-map';
import { ChangeCounter, MAX_EXAMPLES, type CleanupStepResult } from './types';
import { isChineseContext, isDigit, isHan, isLatin } from './characters';

/**
 * Punctuation repair, in one pass over the text:
 * - runs of doubled marks left by scraping (`,,` `,、` `、,` `，，` `,。`) collapse to the intended
 *   mark: the strongest one in the run (。 over ； over 、 over ，), written full-width;
 * - ASCII , ; : ? ! next to Chinese text become full-width (not between two digits: 1,000 and 09:50 stay);
 * - a balanced pair of ASCII parentheses next to or around Chinese text becomes （…）.
 */
const DOUBLED = /[,，、;；。]{2,}/g;
const STRENGTH = ['。', '；', '、', '，'] as const;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '，': '，', '、': '、', '；': '；', '。': '。' };

interface Edit {
  start: number;
  end: number;
  text: string;
  example: () => string;
}

export function repairPunctuation(text: string): CleanupStepResult {
  // A repair can make its neighbour Chinese context (`,(记者)` → `,（记者）` → `，（记者）`): repeat
  // until nothing changes, so that repairing repaired text is a no-op.
  let result = repairOnce(text);
  const examples = new Set(result.change.examples);
  let count = result.change.count;
  for (let round = 0; round < 8; round++) {
    const next = repairOnce(result.text);
    if (next.change.count === 0) break;
    count += next.change.count;
    for (const example of next.change.examples) if (examples.size < MAX_EXAMPLES) examples.add(example);
    result = { text: next.text, map: composeMaps(result.map, next.map), change: next.change };
  }
  return { ...result, change: { step: 'punctuation', count, examples: [...examples] } };
}

function repairOnce(text: string): CleanupStepResult {
  const edits: Edit[] = [];
  const taken = new Uint8Array(text.length);
  const context = (start: number, end: number) => text.slice(Math.max(0, start - 1), Math.min(text.length, end + 1));

  for (const match of text.matchAll(DOUBLED)) {
    const start = match.index;
    const end = start + match[0].length;
    // A run holding a full-width mark is Chinese punctuation whatever its neighbours.
    if (!isChineseContext(text[start - 1]) && !isChineseContext(text[end]) && !/[，、；。]/.test(match[0])) continue;
    const normalized = [...match[0]].map((mark) => FULL_WIDTH[mark] ?? mark);
    const intended = STRENGTH.find((mark) => normalized.includes(mark))!;
    edits.push({ start, end, text: intended, example: () => `${context(start, end)} → ${context(start, end).replace(match[0], intended)}` });
    taken.fill(1, start, end);
  }

  for (const pair of text.matchAll(/\(([^()\n]{0,200})\)/g)) {
    const open = pair.index;
    const close = open + pair[0].length - 1;
    if (taken[open] || taken[close]) continue;
    const chinese = isHan(text[open - 1]) || isHan(text[close + 1]) || /\p{Script=Han}/u.test(pair[1]!);
    if (!chinese) continue;
    const example = () => `${pair[0].slice(0, 12)} → （…）`;
    edits.push({ start: open, end: open + 1, text: '（', example });
    edits.push({ start: close, end: close + 1, text: '）', example });
    taken[open] = taken[close] = 1;
  }

  for (const mark of text.matchAll(/[,;:?!]/g)) {
    const at = mark.index;
    if (taken[at]) continue;
    const before = text[at - 1];
    const after = text[at + 1];
    if (!isChineseContext(before) && !isChineseContext(after)) continue;
    // 1,000 and 09:50 are numbers, "e.g.:" and "Li Jing:" are Latin text.
    if ((isDigit(before) && isDigit(after)) || (isLatin(before) && isLatin(after))) continue;
    const fullWidth = FULL_WIDTH[mark[0]]!;
    edits.push({ start: at, end: at + 1, text: fullWidth, example: () => `${context(at, at + 1)} → ${context(at, at + 1).replace(mark[0], fullWidth)}` });
  }

  edits.sort((a, b) => a.start - b.start);
  const builder = new MappedTextBuilder(text);
  const counter = new ChangeCounter('punctuation');
  for (const edit of edits) {
    builder.copyTo(edit.start);
    builder.substitute(edit.end, edit.text);
    counter.add(edit.example);
  }
  return { ...builder.finish(), change: counter.report() };
}
