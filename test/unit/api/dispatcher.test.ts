import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDispatcher } from '../../../main/api/dispatcher';
import { UserFacingError } from '../../../main/common/errors';
import type { ApiEvent } from '../../../main/api/contract/events';
import type { ApiHandlers } from '../../../main/api/handlers';

function handlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  return new Proxy(overrides as ApiHandlers, {
    get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (async () => { throw new Error(`no handler ${String(key)}`); }),
  });
}

test('dispatcher rejects unknown methods and invalid params without calling a handler', async () => {
  let called = false;
  const dispatch = createDispatcher(handlers({ 'project.get': async () => { called = true; return undefined as never; } }), () => undefined);
  const unknown = await dispatch('nope.nothing', {}, { host: 'test' });
  assert.equal(unknown.ok, false);
  assert.equal(!unknown.ok && unknown.error.code, 'API_UNKNOWN_METHOD');
  const invalid = await dispatch('project.get', { handle: 42 }, { host: 'test' });
  assert.equal(invalid.ok, false);
  assert.equal(!invalid.ok && invalid.error.code, 'API_INVALID_PARAMS');
  assert.match(!invalid.ok ? invalid.error.message : '', /handle/);
  assert.equal(called, false);
});

test('dispatcher turns user-facing errors into message and hint', async () => {
  const dispatch = createDispatcher(
    handlers({ 'project.open': async () => { throw new UserFacingError('PROJECT_NEWER', 'This project was saved by a newer Duizhao.', 'Update Duizhao to open it.'); } }),
    () => undefined,
  );
  const response = await dispatch('project.open', { path: '/x.duizhao' }, { host: 'test' });
  assert.deepEqual(response, { ok: false, error: { code: 'PROJECT_NEWER', message: 'This project was saved by a newer Duizhao.', hint: 'Update Duizhao to open it.' } });
});

test('long-running calls report progress and can be cancelled by task id', async () => {
  const events: ApiEvent[] = [];
  let release!: () => void;
  const started = new Promise<void>((resolve) => { release = resolve; });
  const dispatch = createDispatcher(
    handlers({
      'document.prepare': async (_params, ctx) => {
        ctx.reportProgress(1, 10, 'reading');
        release();
        await new Promise((resolve, reject) => ctx.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
        return undefined as never;
      },
    }),
    (event) => events.push(event),
  );
  const pending = dispatch('document.prepare', { source: { kind: 'text', text: '你好。' } }, { host: 'test', taskId: 't1' });
  await started;
  const cancel = await dispatch('app.cancelTask', { taskId: 't1' }, { host: 'test' });
  assert.deepEqual(cancel, { ok: true, result: { cancelled: true } });
  const response = await pending;
  assert.equal(!response.ok && response.error.code, 'CANCELLED');
  assert.deepEqual(events[0], { type: 'progress', taskId: 't1', done: 1, total: 10, label: 'reading' });
  const last = events.at(-1);
  assert.equal(last?.type === 'progress' && last.finished, true);
});
