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
 * the root's transitions are a dense array (most steps in Chinese text start there); the other
 * transitions live in one open-addressing hash table. Everything is a few flat typed arrays laid out so
 * that one step touches as few cache lines as possible: a node's failure link, a 32-bit summary of its
 * children's symbols (a miss usually costs no hash probe at all) and its outputs sit side by side, and a
 * hash slot holds key and target together. Text is read through `match-folding`: quotes, title marks
 * and spaces are skipped, full-width and upper-case ASCII fold, so offsets always refer to the raw text.
 */
export class AhoCorasick {
  /** Number of patterns given to `build` (duplicates and empty ones included, they never match). */
  readonly patternCount: number;
  readonly stateCount: number;

  private constructor(
    private readonly symbolOfCode: Int32Array,
    private readonly rootNext: Int32Array,
    /** Per node, 4 ints: failure link, child-symbol mask, pattern ended here (or NO_STATE), output link. */
    private readonly nodes: Int32Array,
    private readonly depth: Int32Array,
    /** Per hash slot, 4 ints: from-state (NO_STATE = empty), symbol, target state, unused. */
    private readonly table: Int32Array,
    private readonly hashMask: number,
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
    const nodes = new Int32Array(maxStates * 4);
    const depth = new Int32Array(maxStates);
    // Build-time only: the children of each node, for the breadth-first pass.
    const firstChild = new Int32Array(maxStates).fill(NO_STATE);
    const nextSibling = new Int32Array(maxStates).fill(NO_STATE);
    const edgeSymbol = new Int32Array(maxStates);
    const rootNext = new Int32Array(alphabet + 1);
    const capacity = nextPowerOfTwo(Math.max(16, maxStates * 2));
    const hashMask = capacity - 1;
    const table = new Int32Array(capacity * 4);
    for (let slot = 0; slot < capacity; slot++) table[slot * 4] = NO_STATE;
    const patternFlags = new Uint8Array(folded.length);

    const lookup = (state: number, symbol: number): number => {
      if (state === 0) return rootNext[symbol] || NO_STATE;
      if ((nodes[state * 4 + 1] & (1 << (symbol & 31))) === 0) return NO_STATE;
      let slot = hashSlot(state, symbol, hashMask);
      while (table[slot * 4] !== NO_STATE) {
        if (table[slot * 4] === state && table[slot * 4 + 1] === symbol) return table[slot * 4 + 2];
        slot = (slot + 1) & hashMask;
      }
      return NO_STATE;
    };
    const insert = (state: number, symbol: number, target: number) => {
      if (state === 0) {
        rootNext[symbol] = target;
      } else {
        let slot = hashSlot(state, symbol, hashMask);
        while (table[slot * 4] !== NO_STATE) slot = (slot + 1) & hashMask;
        table[slot * 4] = state;
        table[slot * 4 + 1] = symbol;
        table[slot * 4 + 2] = target;
        nodes[state * 4 + 1] |= 1 << (symbol & 31);
      }
      edgeSymbol[target] = symbol;
      nextSibling[target] = firstChild[state];
      firstChild[state] = target;
    };

    nodes[2] = NO_STATE;
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
          nodes[next * 4 + 2] = NO_STATE;
          insert(state, symbol, next);
        }
        state = next;
      }
      if (nodes[state * 4 + 2] === NO_STATE) nodes[state * 4 + 2] = index;
      maxDepth = Math.max(maxDepth, pattern.length);
      if (isAsciiWordCode(pattern.charCodeAt(0))) patternFlags[index] |= STARTS_WITH_ASCII_WORD;
      if (isAsciiWordCode(pattern.charCodeAt(pattern.length - 1))) patternFlags[index] |= ENDS_WITH_ASCII_WORD;
    });

    // Failure and output links, breadth first.
    const queue = new Int32Array(stateCount);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]; child !== NO_STATE; child = nextSibling[child]) queue[tail++] = child;
    while (head < tail) {
      const state = queue[head++];
      for (let child = firstChild[state]; child !== NO_STATE; child = nextSibling[child]) {
        const symbol = edgeSymbol[child];
        let f = nodes[state * 4];
        let target = lookup(f, symbol);
        while (target === NO_STATE && f !== 0) {
          f = nodes[f * 4];
          target = lookup(f, symbol);
        }
        const failState = target === NO_STATE ? 0 : target;
        nodes[child * 4] = failState;
        nodes[child * 4 + 3] = nodes[failState * 4 + 2] !== NO_STATE ? failState : nodes[failState * 4 + 3];
        queue[tail++] = child;
      }
    }

    return new AhoCorasick(
      symbolOfCode,
      rootNext,
      nodes.slice(0, stateCount * 4),
      depth.slice(0, stateCount),
      table,
      hashMask,
      patternFlags,
      maxDepth,
      patterns.length,
      stateCount,
    );
  }

  /**
   * Calls `onHit` for every occurrence of every pattern, in order of end offset. A pattern that starts
   * (ends) with an ASCII letter or digit does not match inside a longer ASCII word or number
   * ("1310" is not found in "21310").
   */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    this.run(text, { hit: onHit });
  }

  /** Every occurrence of every pattern. */
  findAll(text: string): PatternHit[] {
    const hits: PatternHit[] = [];
    this.run(text, { hit: (pattern, start, end) => hits.push({ pattern, start, end }) });
    return hits;
  }

  /**
   * Leftmost-longest, non-overlapping hits: reading left to right, at each position the longest pattern
   * starting there wins, and the next hit starts after it ends (as a translator reads 百县千镇万村高质量发展工程
   * as one term, not as 高质量发展 inside it).
   */
  leftmostLongest(text: string): PatternHit[] {
    const spans = this.leftmostLongestSpans(text);
    const hits: PatternHit[] = [];
    for (let k = 0; k < spans.count; k++) hits.push({ pattern: spans.patterns[k], start: spans.starts[k], end: spans.ends[k] });
    return hits;
  }

  /**
   * The same hits as `leftmostLongest`, as flat typed arrays (no object per hit): hit `k < count` is
   * pattern `patterns[k]` over `starts[k]`..`ends[k]`.
   */
  leftmostLongestSpans(text: string): PatternSpans {
    const n = text.length;
    // For each start offset, the end of the longest hit starting there (0: none) and its pattern.
    const longestEnd = new Int32Array(n);
    const patternAt = new Int32Array(n);
    const { symbolOfCode, rootNext, nodes, depth, table, hashMask, patternFlags } = this;
    const ringMask = nextPowerOfTwo(this.maxDepth + 1) - 1;
    const ring = new Int32Array(ringMask + 1);
    const tableMask = (hashMask << 2) | 3;
    let consumed = 0;
    let state = 0;
    let startsWithHit = 0;
    for (let i = 0; i < n; i++) {
      const symbol = symbolOfCode[text.charCodeAt(i)];
      if (symbol <= 0) {
        if (symbol === UNKNOWN_SYMBOL) state = 0;
        continue;
      }
      ring[consumed & ringMask] = i;
      consumed++;
      const bit = 1 << (symbol & 31);
      let next = NO_STATE;
      while (state !== 0) {
        const node = state << 2;
        if ((nodes[node + 1] & bit) !== 0) {
          let at = ((Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & hashMask) << 2;
          let from = table[at];
          while (from !== NO_STATE) {
            if (from === state && table[at + 1] === symbol) {
              next = table[at + 2];
              break;
            }
            at = (at + 4) & tableMask;
            from = table[at];
          }
          if (next !== NO_STATE) break;
        }
        state = nodes[node];
      }
      state = next !== NO_STATE ? next : rootNext[symbol];
      if (state === 0) continue;
      const node = state << 2;
      let out = nodes[node + 2] !== NO_STATE ? state : nodes[node + 3];
      const end = i + 1;
      while (out > 0) {
        const o = out << 2;
        const pattern = nodes[o + 2];
        const start = ring[(consumed - depth[out]) & ringMask];
        out = nodes[o + 3];
        if (end <= longestEnd[start]) continue;
        const flags = patternFlags[pattern];
        if (flags !== 0) {
          if (flags & STARTS_WITH_ASCII_WORD && start > 0 && isAsciiWordCode(foldCode(text.charCodeAt(start - 1)))) continue;
          if (flags & ENDS_WITH_ASCII_WORD && end < n && isAsciiWordCode(foldCode(text.charCodeAt(end)))) continue;
        }
        if (longestEnd[start] === 0) startsWithHit++;
        longestEnd[start] = end;
        patternAt[start] = pattern;
      }
    }
    // Read the longest hits left to right, each one starting after the previous ends (at most one per
    // start offset that has a hit).
    const starts = new Int32Array(startsWithHit);
    const ends = new Int32Array(startsWithHit);
    const patterns = new Int32Array(startsWithHit);
    let count = 0;
    if (startsWithHit > 0) {
      for (let i = 0; i < n; ) {
        const end = longestEnd[i];
        if (end > 0) {
          starts[count] = i;
          ends[count] = end;
          patterns[count] = patternAt[i];
          count++;
          i = end;
        } else {
          i++;
        }
      }
    }
    return { count, starts, ends, patterns };
  }

  /** The one matching loop; hits go to `sink`. */
  private run(text: string, sink: HitSink): void {
    const { symbolOfCode, rootNext, nodes, depth, table, hashMask } = this;
    const ringMask = nextPowerOfTwo(this.maxDepth + 1) - 1;
    // Text offsets of the last symbols read (skipped marks are not read), to find where a hit starts.
    const ring = new Int32Array(ringMask + 1);
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
      const bit = 1 << (symbol & 31);
      // Follow failure links until a transition on `symbol` exists (the root always has one: itself).
      let next = NO_STATE;
      while (state !== 0) {
        const node = state << 2;
        if ((nodes[node + 1] & bit) !== 0) {
          let slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & hashMask;
          for (let at = slot << 2; table[at] !== NO_STATE; slot = (slot + 1) & hashMask, at = slot << 2) {
            if (table[at] === state && table[at + 1] === symbol) {
              next = table[at + 2];
              break;
            }
          }
          if (next !== NO_STATE) break;
        }
        state = nodes[node];
      }
      state = next !== NO_STATE ? next : rootNext[symbol];
      const node = state << 2;
      let out = nodes[node + 2] !== NO_STATE ? state : nodes[node + 3];
      while (out > 0) {
        const pattern = nodes[(out << 2) + 2];
        const start = ring[(consumed - depth[out]) & ringMask];
        if (this.respectsWordEdges(text, pattern, start, i + 1)) sink.hit(pattern, start, i + 1);
        out = nodes[(out << 2) + 3];
      }
    }
  }

  private respectsWordEdges(text: string, pattern: number, start: number, end: number): boolean {
    const flags = this.patternFlags[pattern];
    if (flags === 0) return true;
    if (flags & STARTS_WITH_ASCII_WORD && start > 0 && isAsciiWordCode(foldCode(text.charCodeAt(start - 1)))) return false;
    if (flags & ENDS_WITH_ASCII_WORD && end < text.length && isAsciiWordCode(foldCode(text.charCodeAt(end)))) return false;
    return true;
  }
}

interface HitSink {
  hit(pattern: number, start: number, end: number): void;
}

/** Leftmost-longest hits as flat arrays: hit `k < count` is `patterns[k]` over `starts[k]`..`ends[k]`. */
export interface PatternSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  patterns: Int32Array;
}

function hashSlot(state: number, symbol: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
