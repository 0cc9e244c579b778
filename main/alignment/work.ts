/**
 * Long computations written as generators that yield their progress (0..1) now and then. The same
 * code runs to completion at once (`runSync`: tests, CLI, benchmark) or in slices that give the event
 * loop back (`runAsync`: the app), so a cancel request can arrive while a long pass is running and
 * stop it at the next yield.
 */
export type Work<T> = Generator<number, T, void>;

/** How often, in loop iterations, the passes yield; small enough to stop within a few milliseconds. */
export const YIELD_EVERY = 64;

export function runSync<T>(work: Work<T>, signal?: AbortSignal): T {
  for (;;) {
    signal?.throwIfAborted();
    const step = work.next();
    if (step.done) return step.value;
  }
}

export interface AsyncRun {
  signal?: AbortSignal;
  onProgress?(fraction: number): void;
  /** Longest stretch of computation between two returns to the event loop. */
  sliceMs?: number;
}

export async function runAsync<T>(work: Work<T>, run: AsyncRun = {}): Promise<T> {
  const sliceMs = run.sliceMs ?? 15;
  let sliceStart = performance.now();
  let reported = -1;
  for (;;) {
    run.signal?.throwIfAborted();
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      if (run.onProgress && step.value - reported >= 0.01) {
        reported = step.value;
        run.onProgress(step.value);
      }
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/** Runs `work` as the part [from, to] of a larger piece of work. */
export function* stage<T>(work: Work<T>, from: number, to: number): Work<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

/** A macrotask, so pending I/O (a cancel request) is handled before the work goes on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
