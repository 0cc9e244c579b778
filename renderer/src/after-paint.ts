/** Runs `action` in the first task after the next frame has been painted. */
export function afterNextPaint(action: () => void): void {
  requestAnimationFrame(() => setTimeout(action));
}
