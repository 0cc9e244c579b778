/**
 * Numbers as alignment evidence: "2012年11月15日" and "November 15, 2012" both yield 2012, month 11
 * and 15; "十八大" and "18th" both yield 18. Values are returned as keys ("#18", "#m11").
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]{2,}|[二三四五六七八九十]/g;

export function parseChineseNumeral(text: string): number | undefined {
  if (!/[十百千万亿]/.test(text)) {
    // Digit by digit: 二〇一二 → 2012.
    let value = 0;
    for (const ch of text) {
      if (!(ch in DIGIT)) return undefined;
      value = value * 10 + DIGIT[ch];
    }
    return value;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      section += (digit || 1) * UNIT[ch];
      digit = 0;
    } else if (ch in BIG_UNIT) {
      total += (section + digit) * BIG_UNIT[ch];
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function arabic(text: string): Array<{ value: number; index: number; end: number }> {
  const found: Array<{ value: number; index: number; end: number }> = [];
  for (const m of toHalfWidth(text).matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(value)) found.push({ value, index: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

function key(value: number): string {
  return `#${Number.isInteger(value) ? value : value.toFixed(2)}`;
}

export interface NumberMention {
  key: string;
  /** Character span in the input (Chinese side), for attaching to words. */
  start: number;
  end: number;
}

export function chineseNumberKeys(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const add = (value: number, start: number, end: number) => {
    mentions.push({ key: key(value), start, end });
    if (text[end] === '月' && value >= 1 && value <= 12) mentions.push({ key: `#m${value}`, start, end: end + 1 });
    if (text[end] === '万') mentions.push({ key: key(value * 1e4), start, end: end + 1 });
    if (text[end] === '亿') mentions.push({ key: key(value * 1e8), start, end: end + 1 });
  };
  for (const n of arabic(text)) add(n.value, n.index, n.end);
  for (const m of text.matchAll(CHINESE_NUMERAL)) {
    const value = parseChineseNumeral(m[0]);
    if (value !== undefined) add(value, m.index!, m.index! + m[0].length);
  }
  return mentions;
}

const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, million: 1e6, billion: 1e9, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, twice: 2, dozen: 12, half: 0.5,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, thousand: 1e3, hundred: 100 };

export function englishNumberKeys(text: string): string[] {
  const keys: string[] = [];
  const plain = text.replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  for (const n of arabic(plain)) {
    keys.push(key(n.value));
    const after = /^\s*(million|billion|thousand|hundred)\b/i.exec(plain.slice(n.end));
    if (after) keys.push(key(n.value * SCALE[after[1].toLowerCase()]));
  }
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const word = m[0];
    if (word in WORD_VALUES) keys.push(key(WORD_VALUES[word]));
    const month = MONTHS.indexOf(word);
    if (month >= 0 && !(word === 'may' && !/^May\b/.test(text.slice(m.index!)))) keys.push(`#m${month + 1}`);
  }
  return keys;
}
