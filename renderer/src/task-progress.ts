import type { ApiClient } from './api/client';
import { el } from './dom';
import './task-progress.css';

export interface TaskProgressOptions {
  /** Task ids start with this ("export", "align"). */
  name: string;
  /** Test ids of the parts: `${testId}-progress`, `${testId}-status`. */
  testId: string;
  /** The status line for a progress label the services send (they label in English). */
  describe?(label: string): string;
}

export type TaskOutcome<T> = { cancelled: false; result: T } | { cancelled: true };

let counter = 0;

/**
 * A long task on the services (export, alignment): a progress bar and a status line that follow the
 * task's progress events, and Cancel, which asks the services to stop it (app.cancelTask). Each run
 * gets a fresh task id; a cancelled run ends as `{ cancelled: true }`, other failures are thrown.
 */
export class TaskProgress {
  readonly bar: HTMLProgressElement;
  readonly status: HTMLElement;
  private taskId: string | undefined;
  private readonly stopEvents: () => void;

  constructor(private readonly client: ApiClient, private readonly options: TaskProgressOptions) {
    this.bar = el('progress', { class: 'dz-task-progress', max: 1, value: 0, hidden: true, 'data-testid': `${options.testId}-progress` });
    this.status = el('p', { class: 'dz-muted dz-task-status', 'data-testid': `${options.testId}-status`, 'aria-live': 'polite' });
    this.stopEvents = client.onEvent((event) => {
      if (event.type !== 'progress' || event.taskId !== this.taskId || event.finished) return;
      this.bar.max = Math.max(event.total, 1);
      this.bar.value = event.done;
      if (event.label) this.status.textContent = options.describe ? options.describe(event.label) : event.label;
    });
  }

  get running(): boolean {
    return this.taskId !== undefined;
  }

  async run<T>(call: (taskId: string) => Promise<T>): Promise<TaskOutcome<T>> {
    if (this.taskId) throw new Error(`${this.options.name} is already running`);
    const taskId = `${this.options.name}-${Date.now()}-${++counter}`;
    this.taskId = taskId;
    this.bar.hidden = false;
    this.bar.value = 0;
    try {
      return { cancelled: false, result: await call(taskId) };
    } catch (error) {
      if (isCancelled(error)) return { cancelled: true };
      throw error;
    } finally {
      this.taskId = undefined;
      this.bar.hidden = true;
    }
  }

  async cancel(): Promise<void> {
    if (this.taskId) await this.client.call('app.cancelTask', { taskId: this.taskId });
  }

  /** Stops following events; a task still running is cancelled. */
  dispose(): void {
    this.stopEvents();
    if (this.taskId) void this.cancel().catch(() => undefined);
  }
}

export function isCancelled(error: unknown): boolean {
  return (error as { error?: { code?: string } } | undefined)?.error?.code === 'CANCELLED';
}
