/**
 * Offset maps between a cleaned text and the text it came from, so every cleaned span can be traced
 * back to the original. A map holds, for every boundary 0..output.length of the output text, two
 * positions in the input:
 *   - `starts[i]`: where a span *starting* at i begins in the input (after any deleted input there);
 *   - `ends[i]`:   where a span *ending* at i ends in the input (before any deleted input there).
 * Inside a replaced piece (`(nóng)` → '', `,,` → '，') a start maps to the piece's input start and an
 * end to its input end, so a span never cuts a replacement in half. Maps compose step by step.
 */
export interface TextMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Builds an output text from pieces of an input text, recording the map as it goes. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  // Invariant: both arrays hold outLength + 1 entries and starts[outLength] === inPos.
  private starts: Int32Array;
  private ends: Int32Array;
  private outLength = 0;
  private inPos = 0;

  constructor(private readonly input: string) {
    // Most steps keep the length: start with room for that and grow if needed.
    this.starts = new Int32Array(input.length + 16);
    this.ends = new Int32Array(input.length + 16);
  }

  /** Current position in the input. */
  get position(): number {
    return this.inPos;
  }

  /** Copies input[position, to) unchanged. */
  copyTo(to: number): void {
    if (to > this.inPos) this.substitute(to, this.input.slice(this.inPos, to));
  }

  /** Emits `text` for input[position, to); same length means a character-for-character substitution. */
  substitute(to: number, text: string): void {
    if (text.length !== to - this.inPos) {
      this.replace(to, text);
      return;
    }
    this.reserve(text.length);
    for (let k = 1; k <= text.length; k++) {
      this.starts[this.outLength + k] = this.inPos + k;
      this.ends[this.outLength + k] = this.inPos + k;
    }
    this.append(text);
    this.inPos = to;
  }

  /** Emits `text` for input[position, to) as one indivisible replacement (an empty `text` deletes). */
  replace(to: number, text: string): void {
    if (to < this.inPos) throw new RangeError('MappedTextBuilder: pieces must move forward');
    if (text.length === 0) {
      // A deletion: the boundary's end stays before it, its start moves after it.
      this.inPos = to;
      this.starts[this.outLength] = to;
      return;
    }
    const from = this.inPos;
    this.reserve(text.length);
    for (let k = 1; k < text.length; k++) {
      this.starts[this.outLength + k] = from;
      this.ends[this.outLength + k] = to;
    }
    this.starts[this.outLength + text.length] = to;
    this.ends[this.outLength + text.length] = to;
    this.append(text);
    this.inPos = to;
  }

  finish(): { text: string; map: TextMap } {
    this.copyTo(this.input.length);
    return {
      text: this.parts.join(''),
      map: { starts: this.starts.slice(0, this.outLength + 1), ends: this.ends.slice(0, this.outLength + 1) },
    };
  }

  private append(text: string): void {
    this.parts.push(text);
    this.outLength += text.length;
  }

  private reserve(extra: number): void {
    const needed = this.outLength + extra + 1;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** The identity map of a text of length n. */
export function identityMap(length: number): TextMap {
  const starts = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) starts[i] = i;
  return { starts, ends: starts.slice() };
}

/** first: A → B, second: B → C; returns C → A (maps point from output back to input). */
export function composeMaps(first: TextMap, second: TextMap): TextMap {
  const n = second.starts.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = first.starts[second.starts[i]!]!;
    ends[i] = first.ends[second.ends[i]!]!;
  }
  return { starts, ends };
}

/** Input span of the output span [start, end). */
export function mapSpan(map: TextMap, start: number, end: number): [number, number] {
  const from = map.starts[start]!;
  const to = map.ends[end]!;
  // An empty output span inside a deletion: keep it empty and ordered.
  return to < from ? [from, from] : [from, to];
}

/**
 * The map of output span [start, end) relative to its input span, as flat pairs
 * [outLength, inLength, ...]: equal lengths map character for character, unequal ones are one
 * indivisible replacement (inLength > 0, outLength 0 is a deletion inside the span).
 */
export function piecesOf(map: TextMap, start: number, end: number): number[] {
  const pieces: number[] = [];
  const [spanIn] = mapSpan(map, start, end);
  let lastOut = start;
  let lastIn = spanIn;
  const push = (outLength: number, inLength: number) => {
    if (outLength === 0 && inLength === 0) return;
    const n = pieces.length;
    // Merge runs of 1:1 pieces so an unchanged sentence is a single pair.
    if (n >= 2 && outLength === inLength && pieces[n - 2] === pieces[n - 1]) {
      pieces[n - 2]! += outLength;
      pieces[n - 1]! += inLength;
    } else pieces.push(outLength, inLength);
  };
  for (let i = start + 1; i <= end; i++) {
    const isCut = map.starts[i]! >= map.ends[i]! || i === end;
    if (!isCut) continue;
    const pieceEnd = map.ends[i]!;
    push(i - lastOut, pieceEnd - lastIn);
    lastOut = i;
    lastIn = pieceEnd;
    if (i < end && map.starts[i]! > map.ends[i]!) {
      push(0, map.starts[i]! - map.ends[i]!);
      lastIn = map.starts[i]!;
    }
  }
  return pieces;
}
