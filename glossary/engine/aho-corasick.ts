import { SKIP, foldCode, foldTerm, isAsciiWordCode } from './match-folding';

/** One occurrence of a pattern: `start`/`end` are code-unit offsets in the scanned text. */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

const NO_STATE = -1;
const UNKNOWN_SYMBOL = 0;
const SKIPPED_SYMBOL = -1;
const STARTS_WITH_ASCII_WORD = 1;
const ENDS_WITH_ASCII_WORD = 2;

/**
 * Aho-Corasick automaton over glossary terms (Aho & Corasick 1975): one pass over the text finds every
 * occurrence of every pattern, in time linear in the text plus the number of hits.
 *
 * Built for 100,000+ terms over a large alphabet (Chinese): characters are renumbered to small symbols;
 * the root's transitions are a dense array (most steps in Chinese text start there), the other
 * transitions live in one open-addressing hash table of typed arrays, so the automaton is a handful of
 * flat arrays rather than a million objects. Text is read through `match-folding`: quotes, title marks
 * and spaces are skipped, full-width and upper-case ASCII fold, so offsets always refer to the raw text.
 */
export class AhoCorasick {
  /** Number of patterns given to `build` (duplicates and empty ones included, they never match). */
  readonly patternCount: number;
  readonly stateCount: number;

  private constructor(
    private readonly symbolOfCode: Int8Array | Int32Array,
    private readonly rootNext: Int32Array,
    private readonly hashState: Int32Array,
    private readonly hashSymbol: Int32Array,
    private readonly hashTarget: Int32Array,
    private readonly hashMask: number,
    private readonly fail: Int32Array,
    private readonly depth: Int32Array,
    private readonly terminal: Int32Array,
    private readonly outLink: Int32Array,
    private readonly patternFlags: Uint8Array,
    private readonly maxDepth: number,
    patternCount: number,
    stateCount: number,
  ) {
    this.patternCount = patternCount;
    this.stateCount = stateCount;
  }

  /**
   * Builds the automaton. Patterns are folded (see match-folding); a pattern whose folded form repeats an
   * earlier one, or is empty, never reports: give each distinct term once.
   */
  static build(patterns: readonly string[]): AhoCorasick {
    const folded = patterns.map(foldTerm);
    // Symbols: 1..A for the distinct folded code units that occur in patterns.
    const symbolOfFolded = new Map<number, number>();
    let totalChars = 0;
    for (const p of folded) {
      totalChars += p.length;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (!symbolOfFolded.has(c)) symbolOfFolded.set(c, symbolOfFolded.size + 1);
      }
    }
    const alphabet = symbolOfFolded.size;
    const symbolOfCode = new Int32Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const f = foldCode(code);
      symbolOfCode[code] = f === SKIP ? SKIPPED_SYMBOL : (symbolOfFolded.get(f) ?? UNKNOWN_SYMBOL);
    }

    const maxStates = totalChars + 1;
    const fail = new Int32Array(maxStates);
    const depth = new Int32Array(maxStates);
    const terminal = new Int32Array(maxStates).fill(NO_STATE);
    const outLink = new Int32Array(maxStates);
    const firstChild = new Int32Array(maxStates).fill(NO_STATE);
    const nextSibling = new Int32Array(maxStates).fill(NO_STATE);
    const edgeSymbol = new Int32Array(maxStates);
    const rootNext = new Int32Array(alphabet + 1);
    const capacity = nextPowerOfTwo(Math.max(16, maxStates * 2));
    const hashMask = capacity - 1;
    const hashState = new Int32Array(capacity).fill(NO_STATE);
    const hashSymbol = new Int32Array(capacity);
    const hashTarget = new Int32Array(capacity);
    const patternFlags = new Uint8Array(folded.length);

    const lookup = (state: number, symbol: number): number => {
      if (state === 0) return rootNext[symbol] || NO_STATE;
      let slot = hashSlot(state, symbol, hashMask);
      while (hashState[slot] !== NO_STATE) {
        if (hashState[slot] === state && hashSymbol[slot] === symbol) return hashTarget[slot];
        slot = (slot + 1) & hashMask;
      }
      return NO_STATE;
    };
    const insert = (state: number, symbol: number, target: number) => {
      if (state === 0) {
        rootNext[symbol] = target;
      } else {
        let slot = hashSlot(state, symbol, hashMask);
        while (hashState[slot] !== NO_STATE) slot = (slot + 1) & hashMask;
        hashState[slot] = state;
        hashSymbol[slot] = symbol;
        hashTarget[slot] = target;
      }
      edgeSymbol[target] = symbol;
      nextSibling[target] = firstChild[state];
      firstChild[state] = target;
    };

    let stateCount = 1;
    let maxDepth = 0;
    folded.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const symbol = symbolOfFolded.get(pattern.charCodeAt(i))!;
        let next = lookup(state, symbol);
        if (next === NO_STATE) {
          next = stateCount++;
          depth[next] = depth[state] + 1;
          insert(state, symbol, next);
        }
        state = next;
      }
      if (terminal[state] === NO_STATE) terminal[state] = index;
      maxDepth = Math.max(maxDepth, pattern.length);
      if (isAsciiWordCode(pattern.charCodeAt(0))) patternFlags[index] |= STARTS_WITH_ASCII_WORD;
      if (isAsciiWordCode(pattern.charCodeAt(pattern.length - 1))) patternFlags[index] |= ENDS_WITH_ASCII_WORD;
    });

    // Failure and output links, breadth first.
    const queue = new Int32Array(stateCount);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]; child !== NO_STATE; child = nextSibling[child]) {
      fail[child] = 0;
      outLink[child] = 0;
      queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++];
      for (let child = firstChild[state]; child !== NO_STATE; child = nextSibling[child]) {
        const symbol = edgeSymbol[child];
        let f = fail[state];
        let target = lookup(f, symbol);
        while (target === NO_STATE && f !== 0) {
          f = fail[f];
          target = lookup(f, symbol);
        }
        fail[child] = target === NO_STATE ? 0 : target;
        const failState = fail[child];
        outLink[child] = terminal[failState] !== NO_STATE ? failState : outLink[failState];
        queue[tail++] = child;
      }
    }

    return new AhoCorasick(symbolOfCode, rootNext, hashState, hashSymbol, hashTarget, hashMask, fail, depth, terminal, outLink, patternFlags, maxDepth, patterns.length, stateCount);
  }

  /**
   * Calls `onHit` for every occurrence of every pattern, in order of end offset. A pattern that starts
   * (ends) with an ASCII letter or digit does not match inside a longer ASCII word or number
   * ("1310" is not found in "21310").
   */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { symbolOfCode, rootNext, hashState, hashSymbol, hashTarget, hashMask, fail, depth, terminal, outLink } = this;
    const ringSize = nextPowerOfTwo(this.maxDepth + 1);
    const ringMask = ringSize - 1;
    // Text offsets of the last symbols read (skipped marks are not read), to find where a hit starts.
    const ring = new Int32Array(ringSize);
    let consumed = 0;
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const symbol = symbolOfCode[text.charCodeAt(i)];
      if (symbol <= 0) {
        if (symbol === UNKNOWN_SYMBOL) state = 0;
        continue;
      }
      ring[consumed & ringMask] = i;
      consumed++;
      // Follow failure links until a transition on `symbol` exists (the root always has one: itself).
      let next = NO_STATE;
      while (state !== 0) {
        let slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & hashMask;
        let found = NO_STATE;
        while (hashState[slot] !== NO_STATE) {
          if (hashState[slot] === state && hashSymbol[slot] === symbol) {
            found = hashTarget[slot];
            break;
          }
          slot = (slot + 1) & hashMask;
        }
        if (found !== NO_STATE) {
          next = found;
          break;
        }
        state = fail[state];
      }
      state = next !== NO_STATE ? next : rootNext[symbol];
      let out = terminal[state] !== NO_STATE ? state : outLink[state];
      while (out > 0) {
        const pattern = terminal[out];
        const start = ring[(consumed - depth[out]) & ringMask];
        if (this.respectsWordEdges(text, pattern, start, i + 1)) onHit(pattern, start, i + 1);
        out = outLink[out];
      }
    }
  }

  /** Every occurrence of every pattern. */
  findAll(text: string): PatternHit[] {
    const hits: PatternHit[] = [];
    this.scan(text, (pattern, start, end) => hits.push({ pattern, start, end }));
    return hits;
  }

  /**
   * Leftmost-longest, non-overlapping hits: reading left to right, at each position the longest pattern
   * starting there wins, and the next hit starts after it ends (as a translator reads 百县千镇万村高质量发展工程
   * as one term, not as 高质量发展 inside it).
   */
  leftmostLongest(text: string): PatternHit[] {
    const longestEnd = new Int32Array(text.length);
    const patternAt = new Int32Array(text.length);
    let any = false;
    this.scan(text, (pattern, start, end) => {
      any = true;
      if (end > longestEnd[start]) {
        longestEnd[start] = end;
        patternAt[start] = pattern;
      }
    });
    const hits: PatternHit[] = [];
    if (!any) return hits;
    for (let i = 0; i < text.length; ) {
      const end = longestEnd[i];
      if (end > 0) {
        hits.push({ pattern: patternAt[i], start: i, end });
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private respectsWordEdges(text: string, pattern: number, start: number, end: number): boolean {
    const flags = this.patternFlags[pattern];
    if (flags === 0) return true;
    if (flags & STARTS_WITH_ASCII_WORD && start > 0 && isAsciiWordCode(foldCode(text.charCodeAt(start - 1)))) return false;
    if (flags & ENDS_WITH_ASCII_WORD && end < text.length && isAsciiWordCode(foldCode(text.charCodeAt(end)))) return false;
    return true;
  }
}

function hashSlot(state: number, symbol: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
