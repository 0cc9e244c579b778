import type { FuzzyMatch } from '../../../main/memory/types';

export interface MatchesState {
  segmentId?: string;
  source?: string;
  matches: FuzzyMatch[];
  /** A lookup for this segment is under way (earlier matches of the same segment stay shown meanwhile). */
  loading: boolean;
}

/**
 * The memory matches of the active segment. Looked up when the segment changes (never on a keystroke:
 * typing does not change the source), a moment later so that moving quickly through rows asks only for
 * the row the translator stops on, and again when the memory changes. A late answer for a segment the
 * translator has left is dropped. No DOM: the panel and the keys read `current()`.
 */
export class ActiveMatches {
  private state: MatchesState = { matches: [], loading: false };
  private readonly listeners = new Set<(state: MatchesState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly deps: {
      lookup(text: string): Promise<FuzzyMatch[]>;
      onError(error: unknown): void;
      /** Wait after a segment change before asking. */
      delayMs?: number;
    },
  ) {}

  current(): MatchesState {
    return this.state;
  }

  onChange(listener: (state: MatchesState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The active segment changed (or the project closed: both undefined). */
  show(segmentId: string | undefined, source: string | undefined): void {
    if (segmentId === this.state.segmentId && source === this.state.source) return;
    const text = source?.trim() ? source : undefined;
    this.set({ segmentId, source, matches: [], loading: Boolean(text) });
    this.schedule(this.deps.delayMs ?? 80);
  }

  /** The memory changed: ask again for the segment shown, keeping its matches until the answer. */
  refresh(): void {
    if (!this.state.source?.trim()) return;
    this.set({ ...this.state, loading: true });
    this.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.asked += 1;
    this.listeners.clear();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    const ask = ++this.asked;
    const { segmentId, source } = this.state;
    if (!source?.trim()) return;
    this.timer = setTimeout(() => {
      this.deps.lookup(source).then(
        (matches) => {
          if (ask === this.asked) this.set({ segmentId, source, matches, loading: false });
        },
        (error) => {
          if (ask !== this.asked) return;
          this.set({ segmentId, source, matches: [], loading: false });
          this.deps.onError(error);
        },
      );
    }, delay);
  }

  private set(state: MatchesState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
