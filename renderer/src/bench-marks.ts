import { afterNextPaint } from './after-paint';

/**
 * Performance marks for the benchmarks (test/bench/editor.bench.ts): `name` now, and `name:painted` in
 * the first task after the next frame that shows it, measured in the page itself (timing it from the
 * test process adds the round trips of the DevTools protocol and whatever the page does meanwhile).
 */
export function markWithPaint(name: string): void {
  performance.mark(name);
  afterNextPaint(() => performance.mark(`${name}:painted`));
}
