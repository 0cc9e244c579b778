import { pinyin } from 'pinyin-pro';
import { MappedTextBuilder } from '../document/text-map';
import { ChangeCounter, type CleanupStepResult } from './types';

/**
 * Removes inline pinyin annotations after a Han character: `农(nóng)` → `农`, also full-width
 * brackets and numbered tones (`农(nong2)`). A bracket counts as an annotation when it holds one
 * tone-marked syllable, or a toneless/numbered syllable that pinyin-pro confirms is a reading of the
 * character before it; so `(记者 陈伟祺)`, `（市、区）` and `(EOD)` stay.
 * Pinyin fonts' typography is read as the letters it stands for: the IPA script g and a (`黄(huánɡ)`,
 * `(chánɡ)` with U+0261, `ɑ` U+0251) and tone marks typed as combining accents (`no\u0301ng`).
 */
const ANNOTATION = /(\p{Script=Han})([(（])\s*([\p{Script=Latin}\p{M}]{1,12}[1-5]?)\s*([)）])/gu;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const VALID_SYLLABLE = /^[a-zü]+[1-5]?$/;

export function removeInlinePinyin(text: string): CleanupStepResult {
  const builder = new MappedTextBuilder(text);
  const counter = new ChangeCounter('pinyin');
  for (const match of text.matchAll(ANNOTATION)) {
    const [whole, han, , written] = match as unknown as [string, string, string, string];
    if (!isAnnotationOf(han, normalizeSyllable(written))) continue;
    const bracketStart = match.index + han.length;
    builder.copyTo(bracketStart);
    builder.replace(match.index + whole.length, '');
    counter.add(`${whole} → ${han}`);
  }
  return { ...builder.finish(), change: counter.report() };
}

/**
 * The syllable as plain pinyin letters: IPA ɡ/ɑ folded to g/a, then NFC, so a combining tone mark joins
 * its vowel (`no\u0301ng` → `nóng`, `ɑ\u0301` → `á`).
 */
export function normalizeSyllable(written: string): string {
  return written.replace(/\u0261/g, 'g').replace(/\u0251/g, 'a').normalize('NFC');
}

function isAnnotationOf(han: string, syllable: string): boolean {
  const lower = syllable.toLowerCase();
  if (lower !== syllable) return false;
  if (TONE_MARK.test(syllable)) return /^[a-zü\u00E0-\u01DCḿńňǹ]+$/.test(syllable) && countToneMarks(syllable) === 1;
  if (!VALID_SYLLABLE.test(syllable)) return false;
  const bare = syllable.replace(/[1-5]$/, '').replace('ü', 'v');
  const readings = pinyin(han, { toneType: 'none', multiple: true, type: 'array', v: true });
  return readings.some((reading) => reading === bare);
}

function countToneMarks(syllable: string): number {
  let marks = 0;
  for (const char of syllable) if (TONE_MARK.test(char)) marks++;
  return marks;
}
