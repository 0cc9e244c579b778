import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { EncodingReport } from '../document/types';
import { UserFacingError } from '../common/errors';
import { COMMON_HANZI } from './common-hanzi';

export interface DecodedText {
  text: string;
  encoding: EncodingReport;
  warnings: string[];
}

/** The encodings a Chinese .txt arrives in, as iconv-lite names them. */
export const SUPPORTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type SupportedEncoding = (typeof SUPPORTED_ENCODINGS)[number];

const COMMON = new Set(COMMON_HANZI);
/** A decoding must be this good to be trusted, and this much better than the runner-up. */
const CERTAIN_SCORE = 0.6;
const CERTAIN_MARGIN = 0.25;
const READABLE_SCORE = 0.25;
/** Fewer non-ASCII characters than this and a guess is never called certain. */
const MIN_EVIDENCE = 12;
const DISPLAY_NAMES: Record<SupportedEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030', big5: 'Big5' };

/**
 * Decodes the bytes of a .txt file, detecting the encoding:
 * 1. a BOM decides (UTF-8, UTF-16 LE/BE);
 * 2. bytes that are valid UTF-8 are UTF-8;
 * 3. otherwise every candidate (GB18030, Big5, UTF-16 LE/BE) is decoded and scored by how much of the
 *    result is common Chinese characters, ASCII and CJK punctuation; jschardet's opinion breaks ties
 *    and lowers certainty when it disagrees. When the winner is not clearly ahead the report says
 *    `certain: false` and a warning names the encoding used.
 * `forced` skips detection (the user chose an encoding).
 */
export function decodeText(bytes: Uint8Array, fileName: string, forced?: SupportedEncoding): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) return { text: stripBom(iconv.decode(buffer, forced)), encoding: { name: forced, bom: hasBom(buffer, forced), certain: true, confidence: 1 }, warnings: [] };

  const bom = detectBom(buffer);
  if (bom) return { text: stripBom(iconv.decode(buffer, bom)), encoding: { name: bom, bom: true, certain: true, confidence: 1 }, warnings: [] };

  const utf16 = utf16ByZeroBytes(buffer);
  if (!utf16 && looksBinary(buffer)) {
    throw new UserFacingError('IMPORT_BINARY', `${fileName} is not a text file (it contains binary data).`, 'Open a .txt, .docx or .html file, or paste the text.');
  }
  if (!utf16) {
    const utf8 = strictUtf8(buffer);
    if (utf8 !== undefined) return { text: stripBom(utf8), encoding: { name: 'utf-8', bom: false, certain: true, confidence: 1 }, warnings: [] };
    const damaged = nearlyUtf8(buffer);
    if (damaged) {
      return {
        text: stripBom(damaged.text),
        encoding: { name: 'utf-8', bom: false, certain: false, confidence: round(scoreChinese(damaged.text)) },
        warnings: [
          damaged.truncated
            ? `${fileName} ends in the middle of a character: it may be cut off. It was read as UTF-8.`
            : `${fileName} was read as UTF-8, but ${damaged.invalid} byte sequence${damaged.invalid === 1 ? ' is' : 's are'} not valid UTF-8 and show as �.`,
        ],
      };
    }
  }

  // An odd number of bytes cannot be UTF-16.
  const doubleByte: SupportedEncoding[] = buffer.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [];
  const candidates: SupportedEncoding[] = utf16 ? [utf16, utf16 === 'utf-16le' ? 'utf-16be' : 'utf-16le'] : ['gb18030', 'big5', ...doubleByte];
  const scored = candidates
    .map((name) => {
      const text = iconv.decode(buffer, name);
      return { name, text, score: scoreChinese(text) };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runnerUp = scored[1]?.score ?? 0;
  if (best.score < READABLE_SCORE) {
    throw new UserFacingError(
      'IMPORT_UNKNOWN_ENCODING',
      `${fileName} could not be read as Chinese text in UTF-8, UTF-16, GB18030 or Big5.`,
      'Save it as UTF-8 text and open it again.',
    );
  }
  const chardet = jschardetOpinion(buffer);
  const agrees = chardet === undefined || chardet === best.name;
  // A few characters are too little evidence: two GB18030 characters are also two Big5 ones.
  const evidence = [...best.text].filter((char) => char.charCodeAt(0) >= 0x80).length;
  const certain = best.score >= CERTAIN_SCORE && best.score - runnerUp >= CERTAIN_MARGIN && agrees && evidence >= MIN_EVIDENCE;
  const warnings = certain
    ? []
    : [`The encoding of ${fileName} was guessed as ${DISPLAY_NAMES[best.name]}${chardet && !agrees ? ` (another check suggested ${DISPLAY_NAMES[chardet]})` : ''}; if the text looks wrong, reopen it with the right encoding.`];
  return { text: stripBom(best.text), encoding: { name: best.name, bom: false, certain, confidence: round(best.score) }, warnings };
}

/**
 * How Chinese a decoding looks, 0..1: common Han characters count fully, ASCII text and CJK punctuation
 * half (they decode the same in every candidate), anything else (rare characters, Hangul and Yi from a
 * wrong double-byte reading, replacement and control characters) counts against.
 */
export function scoreChinese(text: string): number {
  let good = 0;
  let total = 0;
  let han = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000) continue;
    total++;
    if (COMMON.has(char)) {
      good += 1;
      han++;
    } else if (code > 0x20 && code < 0x7f) good += 0.5;
    else if (/[\u3000-\u303F\uFF00-\uFFEF“”‘’…—·]/.test(char)) good += 0.75;
    else if (code === 0xfffd || code < 0x20 || (code >= 0xe000 && code <= 0xf8ff)) good -= 1;
  }
  if (total === 0) return 0;
  // Chinese text is mostly Han: a decoding without common characters is not a Chinese reading.
  if (han === 0) return 0;
  return Math.max(0, good / total);
}

function detectBom(buffer: Buffer): SupportedEncoding | undefined {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8';
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hasBom(buffer: Buffer, name: SupportedEncoding): boolean {
  return detectBom(buffer) === name;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * UTF-16 without BOM: Chinese text in UTF-16 carries ASCII (digits, line breaks, punctuation) whose
 * high byte is zero, always on the same side. Zero bytes mostly on one parity → that byte order. A
 * UTF-16 text of Han characters only has no zero bytes; it falls through to the scored candidates.
 */
function utf16ByZeroBytes(buffer: Buffer): SupportedEncoding | undefined {
  if (buffer.length < 4 || buffer.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < buffer.length; i++) if (buffer[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const pairs = buffer.length / 2;
  // Some Han characters have a zero low byte too (一 is U+4E00), so the other side is not always clean.
  if (oddZeros >= pairs * 0.02 && evenZeros * 3 <= oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * 0.02 && oddZeros * 3 <= evenZeros) return 'utf-16be';
  return undefined;
}

/** Zero bytes or many control characters outside UTF-16 mean binary data, not text. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control > sample.length * 0.05;
}

function strictUtf8(buffer: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 with a little damage (a file cut mid-character, a stray byte): still UTF-8, not another
 * encoding. At most 3 invalid sequences, or one per thousand characters.
 */
function nearlyUtf8(buffer: Buffer): { text: string; invalid: number; truncated: boolean } | undefined {
  const text = new TextDecoder('utf-8').decode(buffer);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (invalid === 0 || invalid > Math.max(3, text.length / 1000)) return undefined;
  const multibyte = [...text.slice(0, 4096)].filter((char) => char.charCodeAt(0) >= 0x80 && char !== '\uFFFD').length;
  if (multibyte < 8) return undefined;
  return { text, invalid, truncated: invalid === 1 && text.endsWith('\uFFFD') };
}

function jschardetOpinion(buffer: Buffer): SupportedEncoding | undefined {
  const sample = buffer.subarray(0, 256 * 1024);
  const guess = jschardet.detect(sample.toString('binary'));
  if (!guess.encoding || guess.confidence < 0.5) return undefined;
  const name = guess.encoding.toLowerCase().replace(/_/g, '-');
  if (name === 'gb18030' || name === 'gb2312' || name === 'gbk') return 'gb18030';
  if (name === 'big5') return 'big5';
  if (name === 'utf-16-le' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16-be' || name === 'utf-16be') return 'utf-16be';
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
