import { SKIP, foldCode, foldTerm, isAsciiWordCode } from './match-folding';

/** One occurrence of a pattern: `start`/`end` are code-unit offsets in the scanned text. */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

/** Leftmost-longest hits as flat arrays: hit `k < count` is `patterns[k]` over `starts[k]`..`ends[k]`. */
export interface PatternSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  patterns: Int32Array;
  /** 1 where the hit holds a skipped character (a quote, title mark or space inside it), else 0. */
  holdsSkipped: Uint8Array;
}

const EMPTY = -1;
const UNKNOWN_SYMBOL = 0;
const SKIPPED_SYMBOL = -1;
const STARTS_WITH_ASCII_WORD = 1;
const ENDS_WITH_ASCII_WORD = 2;
const PATTERN_BITS = 29;
/** Free slots tried for a node's children before they go past the last used slot (bounds the build time). */
const MAX_FIT_TRIES = 1024;
const PATTERN_MASK = (1 << PATTERN_BITS) - 1;
/** In a kept leftmost-longest hit, above the pattern: the hit holds skipped characters. */
const HOLDS_SKIPPED = 1 << 30;

// Per state, NODE_STRIDE ints side by side. A step reads check at base + symbol, which is the child's own
// record: when the step succeeds, the next one finds its base and failure link in the same cache line.
const NODE_STRIDE = 4;
const BASE = 0;
/** The parent state of the state in this slot, or EMPTY for a free slot. */
const CHECK = 1;
const FAIL = 2;
/** The output of the deepest state on the failure chain (the state itself included) where a pattern ends, or 0. */
const FIRST_OUT = 3;
// Per output (a state where a pattern ends; numbered densely, so the outputs stay a small table): the
// pattern (with its ASCII-edge flags above PATTERN_BITS), the next output on the failure chain, and the
// pattern's length in symbols.
const OUT_STRIDE = 4;
const OUT_PATTERN = 0;
const OUT_NEXT = 1;
const OUT_DEPTH = 2;

/**
 * Aho-Corasick automaton over glossary terms (Aho & Corasick 1975): one pass over the text finds every
 * occurrence of every pattern, in time linear in the text plus the number of hits.
 *
 * Built for 100,000+ terms over a large alphabet (Chinese). The trie is stored as a double array (Aoe
 * 1989), as Chinese dictionary matchers do: characters are renumbered to small symbols, most frequent
 * first, and the child of state s on symbol c sits at `base[s] + c` if `check[base[s] + c] === s`, so
 * a step is two array reads and no search. Text is read through `match-folding`: quotes, title marks and
 * spaces are skipped, full-width and upper-case ASCII fold, so offsets always refer to the raw text.
 */
export class AhoCorasick {
  /** Number of patterns given to `build` (duplicates and empty ones included, they never match). */
  readonly patternCount: number;
  readonly stateCount: number;

  private constructor(
    private readonly symbolOfCode: Int32Array,
    private readonly nodes: Int32Array,
    private readonly outputs: Int32Array,
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
    const { symbolOfFolded, alphabet } = numberSymbols(folded);
    const symbolOfCode = new Int32Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const f = foldCode(code);
      symbolOfCode[code] = f === SKIP ? SKIPPED_SYMBOL : (symbolOfFolded.get(f) ?? UNKNOWN_SYMBOL);
    }
    const trie = buildTrie(folded, symbolOfFolded);
    const placed = placeInDoubleArray(trie, alphabet);
    const { nodes, outputs } = placed;
    linkFailures(trie, placed, folded);
    return new AhoCorasick(symbolOfCode, nodes, outputs, trie.maxDepth, patterns.length, trie.count);
  }

  /**
   * Every occurrence of every pattern, in order of end offset. A pattern that starts (ends) with an ASCII
   * letter or digit does not match inside a longer ASCII word or number ("1310" is not found in "21310").
   */
  findAll(text: string): PatternHit[] {
    const flat: number[] = [];
    this.run(text, flat, undefined);
    const hits: PatternHit[] = [];
    for (let k = 0; k < flat.length; k += 3) hits.push({ pattern: flat[k], start: flat[k + 1], end: flat[k + 2] });
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

  /** The same hits as `leftmostLongest`, as flat typed arrays (no object per hit). */
  leftmostLongestSpans(text: string): PatternSpans {
    const n = text.length;
    // Per start offset, two ints: the end of the longest hit starting there (0: none) and its pattern.
    const longest = new Int32Array(n * 2);
    const startsWithHit = this.run(text, undefined, longest);
    // Read the longest hits left to right, each one starting after the previous ends.
    const starts = new Int32Array(startsWithHit);
    const ends = new Int32Array(startsWithHit);
    const patterns = new Int32Array(startsWithHit);
    const holdsSkipped = new Uint8Array(startsWithHit);
    let count = 0;
    for (let i = 0; i < n && count < startsWithHit; ) {
      const end = longest[i * 2];
      if (end > 0) {
        starts[count] = i;
        ends[count] = end;
        const tagged = longest[i * 2 + 1];
        patterns[count] = tagged & PATTERN_MASK;
        if (tagged & HOLDS_SKIPPED) holdsSkipped[count] = 1;
        count++;
        i = end;
      } else {
        i++;
      }
    }
    return { count, starts, ends, patterns, holdsSkipped };
  }

  /**
   * The one matching loop. Each hit goes to `all` (pattern, start, end, flat) or, when `longest` is
   * given, is kept there as the longest hit from its start (hits arrive in order of end offset, so a
   * later hit from the same start is the longer one); returns how many starts have a hit. No function is
   * called per hit: this is the hot loop of glossary matching.
   */
  private run(text: string, all: number[] | undefined, longest: Int32Array | undefined): number {
    const { symbolOfCode, nodes, outputs } = this;
    const ringMask = nextPowerOfTwo(this.maxDepth + 1) - 1;
    // Text offsets of the last symbols read (skipped marks are not read), to find where a hit starts.
    const ring = new Int32Array(ringMask + 1);
    let consumed = 0;
    let state = 0;
    let startsWithHit = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const symbol = symbolOfCode[text.charCodeAt(i)];
      if (symbol <= 0) {
        if (symbol === UNKNOWN_SYMBOL) state = 0;
        continue;
      }
      ring[consumed & ringMask] = i;
      consumed++;
      state = step(nodes, state, symbol);
      for (let out = nodes[state * NODE_STRIDE + FIRST_OUT]; out > 0; out = outputs[out * OUT_STRIDE + OUT_NEXT]) {
        const tagged = outputs[out * OUT_STRIDE + OUT_PATTERN];
        const length = outputs[out * OUT_STRIDE + OUT_DEPTH];
        const start = ring[(consumed - length) & ringMask];
        if (tagged > PATTERN_MASK && !respectsWordEdges(text, tagged >>> PATTERN_BITS, start, i + 1)) continue;
        if (longest !== undefined) {
          if (longest[start * 2] === 0) startsWithHit++;
          longest[start * 2] = i + 1;
          // Longer in the text than in symbols: skipped characters inside.
          longest[start * 2 + 1] = (tagged & PATTERN_MASK) | (i + 1 - start !== length ? HOLDS_SKIPPED : 0);
        } else {
          all!.push(tagged & PATTERN_MASK, start, i + 1);
        }
      }
    }
    return startsWithHit;
  }
}

/** The state after reading `symbol` in `state`: its child if it has one, else its failure chain's. */
function step(nodes: Int32Array, state: number, symbol: number): number {
  for (;;) {
    const child = nodes[state * NODE_STRIDE + BASE] + symbol;
    if (nodes[child * NODE_STRIDE + CHECK] === state) return child;
    if (state === 0) return 0;
    state = nodes[state * NODE_STRIDE + FAIL];
  }
}

function respectsWordEdges(text: string, flags: number, start: number, end: number): boolean {
  if (flags & STARTS_WITH_ASCII_WORD && start > 0 && isAsciiWordCode(foldCode(text.charCodeAt(start - 1)))) return false;
  if (flags & ENDS_WITH_ASCII_WORD && end < text.length && isAsciiWordCode(foldCode(text.charCodeAt(end)))) return false;
  return true;
}

/** Symbols 1..A for the folded code units of the patterns, the most frequent first (a denser double array). */
function numberSymbols(folded: readonly string[]): { symbolOfFolded: Map<number, number>; alphabet: number } {
  const frequency = new Map<number, number>();
  for (const p of folded) for (let i = 0; i < p.length; i++) frequency.set(p.charCodeAt(i), (frequency.get(p.charCodeAt(i)) ?? 0) + 1);
  const byFrequency = [...frequency.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { symbolOfFolded: new Map(byFrequency.map(([code], k) => [code, k + 1])), alphabet: byFrequency.length };
}

/** The patterns' trie, build-time only: node 0 is the root, children are linked lists. */
interface Trie {
  count: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  symbol: Int32Array;
  depth: Int32Array;
  /** The pattern ending at a node (the first one given, for duplicates), or EMPTY. */
  pattern: Int32Array;
  maxDepth: number;
}

function buildTrie(folded: readonly string[], symbolOfFolded: Map<number, number>): Trie {
  let totalChars = 0;
  for (const p of folded) totalChars += p.length;
  const size = totalChars + 1;
  const trie: Trie = {
    count: 1,
    firstChild: new Int32Array(size).fill(EMPTY),
    nextSibling: new Int32Array(size).fill(EMPTY),
    symbol: new Int32Array(size),
    depth: new Int32Array(size),
    pattern: new Int32Array(size).fill(EMPTY),
    maxDepth: 0,
  };
  // (node, symbol) → child while inserting, in an open-addressing table of typed arrays (a Map of
  // hundreds of thousands of keys costs more in collection than the whole build): the linked lists
  // alone would make a wide root quadratic.
  const capacity = nextPowerOfTwo(Math.max(16, size * 2));
  const mask = capacity - 1;
  const keyNode = new Int32Array(capacity).fill(EMPTY);
  const keySymbol = new Int32Array(capacity);
  const value = new Int32Array(capacity);
  folded.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = symbolOfFolded.get(pattern.charCodeAt(i))!;
      let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
      while (keyNode[slot] !== EMPTY && (keyNode[slot] !== node || keySymbol[slot] !== symbol)) slot = (slot + 1) & mask;
      if (keyNode[slot] === EMPTY) {
        const child = trie.count++;
        keyNode[slot] = node;
        keySymbol[slot] = symbol;
        value[slot] = child;
        trie.symbol[child] = symbol;
        trie.depth[child] = trie.depth[node] + 1;
        trie.nextSibling[child] = trie.firstChild[node];
        trie.firstChild[node] = child;
      }
      node = value[slot];
    }
    if (trie.pattern[node] === EMPTY) trie.pattern[node] = index;
    trie.maxDepth = Math.max(trie.maxDepth, pattern.length);
  });
  return trie;
}

interface DoubleArray {
  nodes: Int32Array;
  outputs: Int32Array;
  /** Trie node → its state (index in the double array). */
  stateOf: Int32Array;
  /** Trie nodes in breadth-first order. */
  order: Int32Array;
}

/**
 * The slots of a double array while it is built: `check` (the parent state, EMPTY for a free slot),
 * `base`, and a skip list over taken slots (union-find "next free slot", with path compression), so a
 * search for free slots never walks over the taken ones.
 */
class Slots {
  check: Int32Array;
  base: Int32Array;
  private nextFree: Int32Array;

  constructor(capacity: number) {
    this.check = new Int32Array(capacity).fill(EMPTY);
    this.base = new Int32Array(capacity);
    this.nextFree = new Int32Array(capacity + 1);
    for (let p = 0; p <= capacity; p++) this.nextFree[p] = p;
  }

  get capacity(): number {
    return this.check.length;
  }

  isFree(slot: number): boolean {
    return slot >= this.check.length || this.check[slot] === EMPTY;
  }

  /** The first free slot at or after `from`. */
  freeFrom(from: number): number {
    let root = from;
    for (;;) {
      if (root >= this.check.length) this.grow(root + 1);
      const next = this.nextFree[root];
      if (next === root) break;
      root = next;
    }
    for (let p = from; p !== root; ) {
      const next = this.nextFree[p];
      this.nextFree[p] = root;
      p = next;
    }
    return root;
  }

  take(slot: number, parent: number): void {
    if (slot >= this.check.length) this.grow(slot + 1);
    this.check[slot] = parent;
    this.nextFree[slot] = slot + 1;
  }

  private grow(needed: number): void {
    const size = Math.max(needed, Math.ceil(this.check.length * 1.5));
    const check = new Int32Array(size).fill(EMPTY);
    check.set(this.check);
    const base = new Int32Array(size);
    base.set(this.base);
    const nextFree = new Int32Array(size + 1);
    nextFree.set(this.nextFree.subarray(0, this.check.length));
    for (let p = this.check.length; p <= size; p++) nextFree[p] = p;
    this.check = check;
    this.base = base;
    this.nextFree = nextFree;
  }
}

/**
 * Gives every trie node a state such that a node's children sit at base + symbol. Bases are found first
 * fit, one depth at a time, the nodes with most children first (wide ones are placed while there is room).
 */
function placeInDoubleArray(trie: Trie, alphabet: number): DoubleArray {
  const slots = new Slots(Math.max(16, trie.count * 2 + alphabet + 1));
  let sparseFrom = 1;
  const stateOf = new Int32Array(trie.count).fill(EMPTY);
  const order = new Int32Array(trie.count);
  stateOf[0] = 0;
  slots.take(0, 0);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  let highest = 0;
  const children: number[] = [];
  const width = new Int32Array(trie.count);
  for (let node = 0; node < trie.count; node++) for (let c = trie.firstChild[node]; c !== EMPTY; c = trie.nextSibling[c]) width[node]++;
  while (head < tail) {
    const levelEnd = tail;
    const level = Array.from(order.subarray(head, levelEnd)).sort((x, y) => width[y] - width[x] || x - y);
    order.set(level, head);
    for (; head < levelEnd; head++) {
      const node = order[head];
      if (width[node] === 0) continue;
      children.length = 0;
      for (let c = trie.firstChild[node]; c !== EMPTY; c = trie.nextSibling[c]) children.push(c);
      children.sort((x, y) => trie.symbol[x] - trie.symbol[y]);
      const first = trie.symbol[children[0]];
      // The root's children take slots 1..alphabet (base 0): the busiest state reads a dense block.
      let b = 0;
      if (node !== 0) {
        let tries = 0;
        for (let slot = slots.freeFrom(first + 1); ; ) {
          b = slot - first;
          let fits = true;
          for (let k = 1; k < children.length && fits; k++) fits = slots.isFree(b + trie.symbol[children[k]]);
          if (fits) break;
          // A node that fits in none of many holes moves on to the sparse region that such nodes share,
          // and opens a new one past the last used slot when that is full too (bounds the build time).
          tries++;
          if (tries === MAX_FIT_TRIES) slot = slots.freeFrom(Math.max(slot + 1, sparseFrom));
          else if (tries === 2 * MAX_FIT_TRIES) slot = slots.freeFrom((sparseFrom = highest + 1));
          else slot = slots.freeFrom(slot + 1);
        }
      }
      const parent = stateOf[node];
      slots.base[parent] = b;
      for (const child of children) {
        const state = b + trie.symbol[child];
        slots.take(state, parent);
        stateOf[child] = state;
        if (state > highest) highest = state;
        order[tail++] = child;
      }
    }
  }
  const { check, base, capacity } = slots;

  // Every read of base + symbol must land inside the arrays: room for the largest base plus the alphabet.
  let maxBase = 0;
  for (let s = 0; s <= highest; s++) if (check[s] !== EMPTY && base[s] > maxBase) maxBase = base[s];
  const length = Math.max(highest, maxBase + alphabet) + 1;
  const nodes = new Int32Array(length * NODE_STRIDE);
  for (let s = 0; s < length; s++) {
    const parent = s < capacity ? check[s] : EMPTY;
    nodes[s * NODE_STRIDE + CHECK] = parent;
    nodes[s * NODE_STRIDE + BASE] = parent !== EMPTY ? base[s] : 0;
  }
  // The root's slot holds check 0 (as if it were its own child on symbol 0); symbols start at 1, so no
  // step ever asks for it.
  let ends = 1;
  for (let node = 0; node < trie.count; node++) if (trie.pattern[node] !== EMPTY) ends++;
  return { nodes, outputs: new Int32Array(ends * OUT_STRIDE), stateOf, order };
}

/** Failure links and output chains, breadth first (a node's failure target is always shallower). */
function linkFailures(trie: Trie, placed: DoubleArray, folded: readonly string[]): void {
  const { nodes, outputs, stateOf, order } = placed;
  // Outputs are numbered 1.. in breadth-first order, densely (a chain's next output is shallower).
  let outputCount = 0;
  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    const state = stateOf[node];
    if (node === 0) continue;
    let fail = 0;
    if (trie.depth[node] > 1) {
      const parentState = nodes[state * NODE_STRIDE + CHECK];
      fail = step(nodes, nodes[parentState * NODE_STRIDE + FAIL], trie.symbol[node]);
    }
    nodes[state * NODE_STRIDE + FAIL] = fail;
    const pattern = trie.pattern[node];
    if (pattern !== EMPTY) {
      const p = folded[pattern];
      let flags = 0;
      if (isAsciiWordCode(p.charCodeAt(0))) flags |= STARTS_WITH_ASCII_WORD;
      if (isAsciiWordCode(p.charCodeAt(p.length - 1))) flags |= ENDS_WITH_ASCII_WORD;
      const out = ++outputCount;
      outputs[out * OUT_STRIDE + OUT_PATTERN] = pattern | (flags << PATTERN_BITS);
      outputs[out * OUT_STRIDE + OUT_NEXT] = nodes[fail * NODE_STRIDE + FIRST_OUT];
      outputs[out * OUT_STRIDE + OUT_DEPTH] = trie.depth[node];
      nodes[state * NODE_STRIDE + FIRST_OUT] = out;
    } else {
      nodes[state * NODE_STRIDE + FIRST_OUT] = nodes[fail * NODE_STRIDE + FIRST_OUT];
    }
  }
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
