import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { EncodingReport } from '../document/types';
import { UserFacingError, isUserFacingError } from '../common/errors';
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

/** What was wrong at the end of the bytes: a character cut off, or half of a UTF-16 code unit. */
export type Truncation = 'incomplete-character' | 'odd-utf16';

/** How an encoding was decided, and what the bytes showed on the way; `warningsFor` words it. */
export interface Detection {
  name: SupportedEncoding;
  text: string;
  bom: boolean;
  basis: 'chosen' | 'bom' | 'declared' | 'valid-utf8' | 'damaged-utf8' | 'scored';
  certain: boolean;
  confidence: number;
  /** The end of the file is an incomplete character (dropped from `text`). */
  truncation?: Truncation;
  /** Damaged UTF-8: invalid sequences shown as U+FFFD. */
  invalidSequences?: number;
  /** jschardet's different opinion, when it had one. */
  disputedBy?: SupportedEncoding;
  /** The web page's `<meta charset>` when it disagreed with the bytes. */
  overruledDeclaration?: string;
}

/**
 * Decodes the bytes of a .txt file, detecting the encoding:
 * 1. a BOM decides (UTF-8, UTF-16 LE/BE);
 * 2. bytes that are valid UTF-8 are UTF-8;
 * 3. otherwise every candidate (GB18030, Big5, UTF-16 LE/BE) is decoded and scored by how much of the
 *    result is common Chinese characters, ASCII and CJK punctuation; jschardet's opinion breaks ties
 *    and lowers certainty when it disagrees. When the winner is not clearly ahead the report says
 *    `certain: false` and a warning names the encoding used.
 * `forced` skips detection (the user chose an encoding). In every encoding, a file that ends in the
 * middle of a character (cut off) loses that incomplete character and gets a warning saying so.
 */
export function decodeText(bytes: Uint8Array, fileName: string, forced?: SupportedEncoding): DecodedText {
  const buffer = toBuffer(bytes);
  return toDecoded(forced ? chosen(buffer, forced) : detectEncoding(buffer, fileName), fileName);
}

/**
 * A web page whose `<meta charset>` names an encoding. The declaration is a hint, not the truth: pages
 * re-saved as UTF-8 keep `charset=gb2312`. A BOM wins; bytes that are valid UTF-8 with non-ASCII text
 * are UTF-8; and when the declared reading is clearly worse Chinese than the detected one, detection
 * wins. Either way a warning says the declaration was overruled. Otherwise the declaration is used.
 */
export function decodeDeclared(bytes: Uint8Array, fileName: string, declared: { encoding: SupportedEncoding; label: string }): DecodedText {
  const buffer = toBuffer(bytes);
  let detected: Detection | undefined;
  try {
    detected = detectEncoding(buffer, fileName);
  } catch (error) {
    // Detection found no Chinese reading; the page's own word is all there is.
    if (!(isUserFacingError(error) && error.code === 'IMPORT_UNKNOWN_ENCODING')) throw error;
  }
  const reading = decodeWhole(buffer, declared.encoding);
  if (detected && detected.name !== declared.encoding && contradicts(detected, reading.text)) {
    return toDecoded({ ...detected, overruledDeclaration: declared.label }, fileName);
  }
  return toDecoded({ name: declared.encoding, text: stripBom(reading.text), bom: hasBom(buffer, declared.encoding), basis: 'declared', certain: true, confidence: 1, truncation: reading.truncation }, fileName);
}

/** Whether the bytes outweigh a declaration that reads them as `declaredText`. */
function contradicts(detected: Detection, declaredText: string): boolean {
  if (detected.basis === 'bom') return true;
  // ASCII-only bytes read the same in every candidate: nothing to contradict.
  if (detected.basis === 'valid-utf8') return /[^\x00-\x7f]/.test(detected.text);
  return chineseQuality(detected.text) - chineseQuality(declaredText) >= CERTAIN_MARGIN;
}

/** The encoding of bytes without a declaration: BOM, valid UTF-8, slightly damaged UTF-8, or the best-scoring candidate. */
export function detectEncoding(buffer: Buffer, fileName: string): Detection {
  const bom = detectBom(buffer);
  if (bom) return { ...chosen(buffer, bom), basis: 'bom', bom: true };

  const utf16 = utf16ByZeroBytes(buffer);
  if (!utf16 && looksBinary(buffer)) {
    throw new UserFacingError('IMPORT_BINARY', `${fileName} is not a text file (it contains binary data).`, 'Open a .txt, .docx or .html file, or paste the text.');
  }
  if (!utf16) {
    const utf8 = strictUtf8(buffer);
    if (utf8) return { name: 'utf-8', text: utf8.text, bom: false, basis: 'valid-utf8', certain: true, confidence: 1, truncation: utf8.truncation };
    const damaged = nearlyUtf8(buffer);
    if (damaged) {
      return {
        name: 'utf-8', text: damaged.text, bom: false, basis: 'damaged-utf8', certain: false, confidence: round(scoreChinese(damaged.text)),
        invalidSequences: damaged.invalid, truncation: damaged.truncation,
      };
    }
  }

  // UTF-16 is a candidate when its zero bytes show it, or when the byte count is even (Han-only UTF-16).
  const doubleByte: SupportedEncoding[] = buffer.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [];
  const candidates: SupportedEncoding[] = utf16 ? [utf16, utf16 === 'utf-16le' ? 'utf-16be' : 'utf-16le'] : ['gb18030', 'big5', ...doubleByte];
  const scored = candidates
    .map((name) => {
      const reading = decodeWhole(buffer, name);
      return { name, ...reading, score: scoreChinese(reading.text) };
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
  return {
    name: best.name, text: stripBom(best.text), bom: false, basis: 'scored', certain, confidence: round(best.score),
    truncation: best.truncation, disputedBy: agrees ? undefined : chardet,
  };
}

/** What the translator is told about a detection: uncertainty, damage, a cut-off end, an overruled declaration. */
export function warningsFor(detection: Detection, fileName: string): string[] {
  const encoding = DISPLAY_NAMES[detection.name];
  const warnings: string[] = [];
  if (detection.overruledDeclaration) {
    const evidence = detection.basis === 'bom' ? 'it starts with a byte order mark' : detection.basis === 'valid-utf8' ? 'its bytes are valid UTF-8 text' : `its bytes read as ${encoding}`;
    warnings.push(`${fileName} declares its encoding as ${detection.overruledDeclaration} (<meta charset>), but ${evidence}; it was read as ${encoding}. If the text looks wrong, reopen it with the right encoding.`);
  } else if (detection.basis === 'scored' && !detection.certain) {
    warnings.push(`The encoding of ${fileName} was guessed as ${encoding}${detection.disputedBy ? ` (another check suggested ${DISPLAY_NAMES[detection.disputedBy]})` : ''}; if the text looks wrong, reopen it with the right encoding.`);
  }
  if (detection.invalidSequences) {
    const n = detection.invalidSequences;
    warnings.push(`${fileName} was read as UTF-8, but ${n} byte sequence${n === 1 ? ' is' : 's are'} not valid UTF-8 and show${n === 1 ? 's' : ''} as �.`);
  }
  if (detection.truncation === 'odd-utf16') {
    warnings.push(`${fileName} has an odd number of bytes, but UTF-16 uses two bytes per character: the file seems cut off at the end, and its last, incomplete character was dropped. Compare the end of the text with the original.`);
  } else if (detection.truncation === 'incomplete-character') {
    warnings.push(`${fileName} seems cut off at the end: it ends in the middle of a ${encoding} character, and that incomplete character was dropped. Compare the end of the text with the original.`);
  }
  return warnings;
}

function toDecoded(detection: Detection, fileName: string): DecodedText {
  const { name, bom, certain, confidence } = detection;
  return { text: detection.text, encoding: { name, bom, certain, confidence }, warnings: warningsFor(detection, fileName) };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An encoding the user (or a BOM) chose: no detection, but a cut-off end is still reported. */
function chosen(buffer: Buffer, name: SupportedEncoding): Detection {
  const reading = decodeWhole(buffer, name);
  return { name, text: stripBom(reading.text), bom: hasBom(buffer, name), basis: 'chosen', certain: true, confidence: 1, truncation: reading.truncation };
}

/**
 * The bytes decoded with iconv-lite's streaming decoder: whatever `end()` still holds is an incomplete
 * last character, which is dropped. UTF-16 with an odd byte count loses its last, lone byte.
 */
export function decodeWhole(buffer: Buffer, name: SupportedEncoding): { text: string; truncation?: Truncation } {
  const odd = (name === 'utf-16le' || name === 'utf-16be') && buffer.length % 2 === 1;
  const decoder = iconv.getDecoder(name);
  const text = decoder.write(odd ? buffer.subarray(0, buffer.length - 1) : buffer);
  const rest = decoder.end() ?? '';
  // iconv-lite's UTF-16 BE decoder hands out the first half of a cut surrogate pair instead of holding it.
  const loneHalf = /[\uD800-\uDBFF]$/.test(text);
  const complete = loneHalf ? text.slice(0, -1) : text;
  if (odd) return { text: complete, truncation: 'odd-utf16' };
  return rest.length > 0 || loneHalf ? { text: complete, truncation: 'incomplete-character' } : { text };
}

/** How Chinese the non-ASCII part of a decoding looks (markup and Latin text decode alike in every candidate). */
function chineseQuality(text: string): number {
  return scoreChinese(text.replace(/[\x00-\x7f]+/g, ''));
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
  if (buffer.length < 4) return undefined;
  // A cut-off file may end in half a code unit: the pairs before it still show the byte order.
  const pairs = Math.floor(buffer.length / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i++) if (buffer[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
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

/** Valid UTF-8, except perhaps an incomplete last character (the streaming decoder holds it back). */
function strictUtf8(buffer: Buffer): { text: string; truncation?: Truncation } | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text: string;
  try {
    text = decoder.decode(buffer, { stream: true });
  } catch {
    return undefined;
  }
  try {
    decoder.decode();
    return { text };
  } catch {
    return { text, truncation: 'incomplete-character' };
  }
}

/**
 * UTF-8 with a little damage (a file cut mid-character, a stray byte): still UTF-8, not another
 * encoding. At most 3 invalid sequences, or one per thousand characters.
 */
function nearlyUtf8(buffer: Buffer): { text: string; invalid: number; truncation?: Truncation } | undefined {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = decoder.decode(buffer, { stream: true });
  // What the decoder still holds is an incomplete last character: a cut, not damage.
  const truncation: Truncation | undefined = decoder.decode().length > 0 ? 'incomplete-character' : undefined;
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (invalid === 0 || invalid > Math.max(3, text.length / 1000)) return undefined;
  const multibyte = [...text.slice(0, 4096)].filter((char) => char.charCodeAt(0) >= 0x80 && char !== '\uFFFD').length;
  if (multibyte < 8) return undefined;
  return { text, invalid, truncation };
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
