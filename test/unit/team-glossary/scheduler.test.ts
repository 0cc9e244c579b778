import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TeamSyncScheduler, type TimerPort } from '../../../main/team-glossary/scheduler';

/** Timers the test advances by hand. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void; every?: number }>();
  const timers: TimerPort = {
    setTimeout: (callback, ms) => (pending.set(nextId, { at: now + ms, callback }), nextId++),
    clearTimeout: (id) => void pending.delete(id as number),
    setInterval: (callback, ms) => (pending.set(nextId, { at: now + ms, callback, every: ms }), nextId++),
    clearInterval: (id) => void pending.delete(id as number),
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      now = timer.at;
      if (timer.every) timer.at += timer.every;
      else pending.delete(id);
      timer.callback();
      await new Promise((resolve) => setImmediate(resolve));
    }
    now = end;
  };
  return { timers, advance, pending };
}

test('sync on open, once after a burst of edits (debounced), and periodically; nothing when not configured or disposed', async () => {
  const { timers, advance, pending } = fakeTimers();
  let syncs = 0;
  let configured = true;
  const scheduler = new TeamSyncScheduler({ sync: async () => void syncs++, configured: async () => configured, timers, debounceMs: 3000, intervalMs: 60_000 });
  scheduler.start();
  await scheduler.idle();
  assert.equal(syncs, 1, 'on open');
  scheduler.editMade();
  await advance(1000);
  scheduler.editMade();
  await advance(1000);
  scheduler.editMade();
  assert.equal(syncs, 1, 'not while the translator is still typing');
  await advance(3000);
  await scheduler.idle();
  assert.equal(syncs, 2, 'one sync for the burst');
  await advance(60_000);
  await scheduler.idle();
  assert.equal(syncs, 3, 'the periodic sync');
  configured = false;
  await advance(60_000);
  await scheduler.idle();
  assert.equal(syncs, 3, 'no team glossary, no sync');
  configured = true;
  scheduler.dispose();
  scheduler.editMade();
  assert.equal(pending.size, 0);
});

test('a failing sync does not escape the scheduler (the service reports it)', async () => {
  const { timers } = fakeTimers();
  const scheduler = new TeamSyncScheduler({ sync: async () => Promise.reject(new Error('offline')), configured: async () => true, timers });
  scheduler.start();
  await scheduler.idle();
  scheduler.dispose();
});
