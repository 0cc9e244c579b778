import * as OpenCC from 'opencc-js';
import { MappedTextBuilder } from '../document/text-map';
import type { Script } from '../document/types';
import { ChangeCounter, type CleanupStepResult } from './types';
import { countHan, isHan, linesOf } from './characters';

/** Traditional → Mainland Simplified, phrase-aware. */
export type ScriptConverter = (text: string) => string;

/**
 * OpenCC's Taiwan → Mainland conversion: it includes the generic Traditional tables and also knows
 * the Taiwan phrase forms, so the particle 著 becomes 着 (带著 → 带着, 著力 → 着力) while 著名 stays.
 */
export function createSimplifiedConverter(): ScriptConverter {
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}

/**
 * Wrong characters that machine conversion to Traditional leaves and that OpenCC does not map back.
 * OpenCC already handles seed 001's 全麵 製度 機製 修複 體係 汙染 同誌 (see the script tests), so
 * this table holds what it gets wrong; it is applied to OpenCC's output.
 */
export const SCRIPT_CORRECTIONS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  // 覆盖 machine-converted to 複蓋 comes back from OpenCC as 复盖, not 覆盖.
  ['复盖', '覆盖'],
];

/** Share of Han characters that conversion changes above which a text counts as Traditional. */
const TRADITIONAL_SHARE = 0.02;

/** Traditional or Simplified, by how many of the text's Han characters conversion would change. */
export function detectScript(text: string, convert: ScriptConverter): Script {
  const han = countHan(text);
  if (han === 0) return 'simplified';
  const changed = countChangedHan(text, toSimplifiedText(text, convert));
  return changed > 0 && changed / han >= TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}

/**
 * Converts until nothing changes, so converting converted text is a no-op (cleanup is idempotent).
 * OpenCC's phrases never span a line break, so after the first round only changed lines are converted again.
 */
export function toSimplifiedText(text: string, convert: ScriptConverter): string {
  const once = convertOnce(text, convert);
  if (once === text) return text;
  const before = text.split('\n');
  const after = once.split('\n');
  if (before.length !== after.length) return toFixedPoint(once, convert);
  return after.map((line, i) => (line === before[i] ? line : toFixedPoint(line, convert))).join('\n');
}

function toFixedPoint(text: string, convert: ScriptConverter): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = convertOnce(current, convert);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function convertOnce(text: string, convert: ScriptConverter): string {
  let converted = convert(text);
  for (const [wrong, right] of SCRIPT_CORRECTIONS) if (converted.includes(wrong)) converted = converted.split(wrong).join(right);
  return converted;
}

/** The script step: every Han character converted to Simplified, counted and mapped. */
export function convertScript(text: string, convert: ScriptConverter): CleanupStepResult & { script: Script } {
  const converted = toSimplifiedText(text, convert);
  const counter = new ChangeCounter('script');
  const builder = new MappedTextBuilder(text);
  if (converted.length === text.length) {
    emitCharacterwise(text, converted, 0, text.length, builder, counter);
  } else {
    // Rare: a conversion changed a length. Convert line by line so only such lines become one replacement.
    for (const line of linesOf(text)) {
      const original = text.slice(line.start, line.end);
      const lineConverted = toSimplifiedText(original, convert);
      builder.copyTo(line.start);
      if (lineConverted.length === original.length) emitCharacterwise(original, lineConverted, line.start, line.end, builder, counter);
      else {
        builder.replace(line.end, lineConverted);
        counter.add(`${original.slice(0, 8)} → ${lineConverted.slice(0, 8)}`, countChangedHan(original, lineConverted));
      }
    }
  }
  const result = builder.finish();
  const han = countHan(text);
  const script: Script = han > 0 && counter.count > 0 && counter.count / han >= TRADITIONAL_SHARE ? 'traditional' : 'simplified';
  return { ...result, change: counter.report(), script };
}

/** Emits text[from, to) → converted (same length), recording changed runs with one character of context. */
function emitCharacterwise(original: string, converted: string, offset: number, end: number, builder: MappedTextBuilder, counter: ChangeCounter): void {
  const length = end - offset;
  let i = 0;
  while (i < length) {
    if (original[i] === converted[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < length && original[j] !== converted[j]) j++;
    // One Han character of context either side: 全麵 → 全面 reads better than 麵 → 面.
    const from = i > 0 && isHan(original[i - 1]) ? i - 1 : i;
    const to = j < length && isHan(original[j]) ? j + 1 : j;
    counter.add(() => `${original.slice(from, to)} → ${converted.slice(from, to)}`, j - i);
    i = j;
  }
  builder.substitute(end, converted);
}

function countChangedHan(before: string, after: string): number {
  if (before.length !== after.length) return Math.abs(countHan(before) - countHan(after)) || 1;
  let changed = 0;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i] && isHan(before[i])) changed++;
  return changed;
}
