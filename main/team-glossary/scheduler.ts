/** The timer functions the scheduler uses; the host passes the real ones, tests their own. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const realTimers: TimerPort = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface SchedulerOptions {
  sync: () => Promise<unknown>;
  /** Whether a team glossary is set up (no network chatter otherwise). */
  configured: () => Promise<boolean>;
  timers: TimerPort;
  /** Quiet time after the last edit before syncing it. */
  debounceMs?: number;
  /** Background sync period, to see the others' edits. */
  intervalMs?: number;
}

/**
 * When the team glossary syncs by itself: on open, a few seconds after the last edit, and periodically.
 * Never two syncs at once (the service queues them anyway); failures are reported by the service's
 * events and status, so here they are only kept from becoming unhandled rejections.
 */
export class TeamSyncScheduler {
  private debounce: unknown;
  private interval: unknown;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    void this.run();
    this.interval = this.options.timers.setInterval(() => void this.run(), this.options.intervalMs ?? 5 * 60_000);
  }

  editMade(): void {
    if (this.disposed) return;
    if (this.debounce !== undefined) this.options.timers.clearTimeout(this.debounce);
    this.debounce = this.options.timers.setTimeout(() => {
      this.debounce = undefined;
      void this.run();
    }, this.options.debounceMs ?? 3_000);
  }

  /** Resolves when the sync in progress (if any) is done: hosts await it before closing. */
  async idle(): Promise<void> {
    await this.running;
  }

  dispose(): void {
    this.disposed = true;
    if (this.debounce !== undefined) this.options.timers.clearTimeout(this.debounce);
    if (this.interval !== undefined) this.options.timers.clearInterval(this.interval);
  }

  private run(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        if (await this.options.configured()) await this.options.sync();
      } catch {
        /* reported through the service's team-sync events and status */
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

/** Timers that never fire: for hosts (tests) that sync on demand only. */
export const manualTimers: TimerPort = {
  setTimeout: () => undefined,
  clearTimeout: () => undefined,
  setInterval: () => undefined,
  clearInterval: () => undefined,
};
