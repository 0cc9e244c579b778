import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SegmentSaver, type SaveState, type SegmentPatch } from '../../../renderer/src/editor/segment-saver';

/** A clock the test advances by hand. */
function manualClock() {
  let timers: Array<{ at: number; cb: () => void; id: number }> = [];
  let now = 0;
  let next = 1;
  return {
    setTimeout: (cb: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: now + ms, cb, id });
      return id;
    },
    clearTimeout: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.cb();
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('keystrokes for one segment are coalesced into one call after the delay', async () => {
  const clock = manualClock();
  const sent: Array<[string, SegmentPatch]> = [];
  const saver = new SegmentSaver(async (id, patch) => void sent.push([id, patch]), () => undefined, 400, clock);
  saver.queue('s1', { target: 'T', status: 'draft' });
  saver.queue('s1', { target: 'Th' });
  saver.queue('s2', { target: 'x' });
  clock.advance(399);
  assert.equal(sent.length, 0);
  clock.advance(1);
  await settle();
  assert.deepEqual(sent, [
    ['s1', { target: 'Th', status: 'draft' }],
    ['s2', { target: 'x' }],
  ]);
});

test('flush sends at once; a failed call is kept and retried merged with newer edits', async () => {
  const clock = manualClock();
  const states: SaveState['kind'][] = [];
  let fail = true;
  const sent: SegmentPatch[] = [];
  const saver = new SegmentSaver(
    async (_id, patch) => {
      if (fail) throw new Error('disk full');
      sent.push(patch);
    },
    (state) => states.push(state.kind),
    400,
    clock,
  );
  saver.queue('s1', { target: 'Hello', status: 'translated' });
  await saver.flush('s1');
  assert.equal(states.at(-1), 'failed');
  assert.equal(saver.hasUnsaved(), true);
  fail = false;
  saver.queue('s1', { target: 'Hello!' });
  await saver.flush('s1');
  assert.deepEqual(sent, [{ target: 'Hello!', status: 'translated' }]);
  assert.equal(states.at(-1), 'saved');
  assert.equal(saver.hasUnsaved(), false);
});

test('calls for one segment run in order', async () => {
  const clock = manualClock();
  const order: string[] = [];
  let release: () => void = () => undefined;
  const saver = new SegmentSaver(
    async (_id, patch) => {
      if (patch.target === 'first') await new Promise<void>((resolve) => (release = resolve));
      order.push(patch.target!);
    },
    () => undefined,
    400,
    clock,
  );
  saver.queue('s1', { target: 'first' });
  const first = saver.flush('s1');
  saver.queue('s1', { target: 'second' });
  const second = saver.flush('s1');
  await settle();
  release();
  await Promise.all([first, second]);
  assert.deepEqual(order, ['first', 'second']);
});
