import type { Project, ProjectSegment } from '../project/schema';
import { confirmedPair } from './confirmed-pair';
import type { MemoryAddResult, NewMemoryPair } from './types';

/**
 * Feeds confirmed segments into the translation memory as the project sessions report edits. The edit
 * itself never waits for (or fails because of) the memory: pairs are queued and written in batches,
 * one write at a time, so a review import confirming hundreds of segments costs a few writes, not
 * hundreds. A failure (a damaged memory file) is reported, and the segment stays confirmed.
 */
export class ConfirmedSegmentFeed {
  private pending: NewMemoryPair[] = [];
  private running: Promise<void> | undefined;

  constructor(
    private readonly deps: {
      memory: { addPairs(pairs: readonly NewMemoryPair[]): Promise<MemoryAddResult> };
      onError(error: unknown): void;
    },
  ) {}

  segmentChanged(project: Pick<Project, 'id' | 'name'>, segment: ProjectSegment): void {
    const pair = confirmedPair(project, segment);
    if (!pair) return;
    this.pending.push(pair);
    this.running ??= this.drain();
  }

  /** Resolves when every queued pair has been written (or has failed): before shutdown, and in tests. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.deps.memory.addPairs(batch);
      } catch (error) {
        this.deps.onError(error);
      }
    }
    this.running = undefined;
  }
}
