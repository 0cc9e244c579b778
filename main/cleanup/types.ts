import type { CleanupChange, CleanupStep } from '../document/types';
import type { TextMap } from '../document/text-map';

/** What every cleanup step returns: the new text, what it changed, and how to find the old text. */
export interface CleanupStepResult {
  text: string;
  change: CleanupChange;
  /** Maps the returned text back onto the step's input. */
  map: TextMap;
}

/** A cleanup step: a pure function of the text. */
export type CleanupStepFunction = (text: string) => CleanupStepResult;

export const MAX_EXAMPLES = 5;

/** Collects up to MAX_EXAMPLES distinct examples and counts every change. */
export class ChangeCounter {
  count = 0;
  private readonly examples = new Set<string>();

  constructor(private readonly step: CleanupStep) {}

  /** Counts a change; `example` may be a function so it is only built while examples are still wanted. */
  add(example: string | (() => string), times = 1): void {
    this.count += times;
    if (this.examples.size < MAX_EXAMPLES) this.examples.add(typeof example === 'function' ? example() : example);
  }

  report(): CleanupChange {
    return { step: this.step, count: this.count, examples: [...this.examples] };
  }
}
