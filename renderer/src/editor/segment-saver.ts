import type { SegmentStatus } from '../../../main/document/types';

export interface SegmentPatch {
  target?: string;
  status?: SegmentStatus;
  /** The last way the text changed: a later keystroke makes an inserted memory match typed again. */
  origin?: 'typed' | 'memory';
}

export type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export interface SaverClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Sends segment edits to the project service: keystrokes are coalesced per segment for `delayMs`, a
 * confirmation is sent at once, and calls for one segment never overtake each other. The service
 * autosaves; a failed call is kept and retried with the next edit, so no typed text is dropped.
 */
export class SegmentSaver {
  private readonly pending = new Map<string, { patch: SegmentPatch; timer: unknown }>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly failed = new Map<string, SegmentPatch>();
  private active = 0;
  private lastError: string | undefined;

  constructor(
    private readonly send: (segmentId: string, patch: SegmentPatch) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = 400,
    private readonly clock: SaverClock = { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  ) {}

  /** Queues a change; it is sent after `delayMs` without further edits to the same segment. */
  queue(segmentId: string, patch: SegmentPatch): void {
    const existing = this.pending.get(segmentId);
    if (existing) this.clock.clearTimeout(existing.timer);
    const merged = { ...this.failed.get(segmentId), ...existing?.patch, ...patch };
    this.failed.delete(segmentId);
    const timer = this.clock.setTimeout(() => void this.flush(segmentId), this.delayMs);
    this.pending.set(segmentId, { patch: merged, timer });
    this.report();
  }

  /** Sends what is queued for a segment now (e.g. on confirm) and resolves when it is saved. */
  async flush(segmentId: string): Promise<void> {
    const queued = this.pending.get(segmentId);
    if (queued) {
      this.clock.clearTimeout(queued.timer);
      this.pending.delete(segmentId);
    }
    const patch = queued?.patch ?? this.failed.get(segmentId);
    if (!patch) return this.inFlight.get(segmentId);
    this.failed.delete(segmentId);
    const previous = this.inFlight.get(segmentId) ?? Promise.resolve();
    const run = previous.then(async () => {
      this.active++;
      this.report();
      try {
        await this.send(segmentId, patch);
        this.lastError = undefined;
      } catch (error) {
        // Keep it: the next edit or flush retries it, merged under newer changes.
        this.failed.set(segmentId, { ...patch, ...this.failed.get(segmentId) });
        this.lastError = error instanceof Error ? error.message : String(error);
      } finally {
        this.active--;
        this.report();
      }
    });
    this.inFlight.set(segmentId, run);
    await run;
    if (this.inFlight.get(segmentId) === run) this.inFlight.delete(segmentId);
  }

  async flushAll(): Promise<void> {
    const ids = new Set([...this.pending.keys(), ...this.failed.keys(), ...this.inFlight.keys()]);
    await Promise.all([...ids].map((id) => this.flush(id)));
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.failed.size > 0 || this.active > 0;
  }

  private report(): void {
    if (this.failed.size > 0 && this.lastError) this.onState({ kind: 'failed', message: this.lastError });
    else if (this.active > 0) this.onState({ kind: 'saving' });
    else if (this.pending.size > 0) this.onState({ kind: 'pending' });
    else this.onState({ kind: 'saved' });
  }
}
