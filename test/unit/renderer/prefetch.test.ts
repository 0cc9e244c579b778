import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiResponse } from '../../../main/api/contract';
import { prefetchKey, startPrefetch, withPrefetched } from '../../../renderer/src/api/prefetch';
import type { ApiTransport } from '../../../renderer/src/api/transport';

function recordingInvoke() {
  const calls: Array<{ method: string; params: unknown; taskId?: string }> = [];
  const invoke = async (method: string, params: unknown, taskId?: string): Promise<ApiResponse<unknown>> => {
    calls.push({ method, params, taskId });
    return { ok: true, result: { method, n: calls.length } };
  };
  return { calls, invoke };
}

test('boot prefetch: settings, host info and the project in the address, as App.start asks for them', () => {
  const byPath = recordingInvoke();
  const prefetched = startPrefetch(byPath.invoke, { path: '/p/a.duizhao' });
  assert.deepEqual(byPath.calls.map((c) => c.method), ['settings.get', 'app.info', 'project.open']);
  assert.ok(prefetched.has(prefetchKey('project.open', { path: '/p/a.duizhao' })));

  const byHandle = recordingInvoke();
  startPrefetch(byHandle.invoke, { handle: 'h1', path: '/p/a.duizhao' });
  assert.deepEqual(byHandle.calls.map((c) => [c.method, c.params]), [['settings.get', {}], ['app.info', {}], ['project.get', { handle: 'h1' }]]);

  const none = recordingInvoke();
  startPrefetch(none.invoke, {});
  assert.deepEqual(none.calls.map((c) => c.method), ['settings.get', 'app.info']);
});

test('a prefetched call is answered once from the prefetch, then goes to the transport as usual', async () => {
  const boot = recordingInvoke();
  const prefetched = startPrefetch(boot.invoke, { path: '/p/a.duizhao' });
  const live = recordingInvoke();
  const transport: ApiTransport = withPrefetched({ host: 'web', invoke: live.invoke, onEvent: () => () => undefined }, prefetched);

  const first = await transport.invoke('project.open', { path: '/p/a.duizhao' });
  assert.deepEqual(first, { ok: true, result: { method: 'project.open', n: 3 } }, 'the boot answer');
  assert.equal(live.calls.length, 0);
  const second = await transport.invoke('project.open', { path: '/p/a.duizhao' });
  assert.equal(live.calls.length, 1, 'asked again: a real call');
  assert.deepEqual(second, { ok: true, result: { method: 'project.open', n: 1 } });

  await transport.invoke('project.open', { path: '/other.duizhao' });
  await transport.invoke('settings.get', {}, 'task-1');
  assert.deepEqual(live.calls.map((c) => c.method), ['project.open', 'project.open', 'settings.get'], 'other parameters or a task id: not from the prefetch');

  prefetched.clear();
  await transport.invoke('app.info', {});
  assert.equal(live.calls.at(-1)?.method, 'app.info', 'after start (cleared): nothing stale is answered');
});
