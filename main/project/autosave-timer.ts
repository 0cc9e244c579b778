/**
 * Decides when to autosave: the first edit after a write starts the clock and further edits do not
 * restart it, so steady typing is still written at most `delayMs` after the edit that began it
 * (a plain debounce would never fire while the translator keeps typing).
 */
export class AutosaveTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly fire: () => void,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Called on every edit. */
  touch(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
