import { apiContract, isApiMethod, type ApiError, type ApiResponse } from './contract';
import type { ApiEvent } from './contract/events';
import type { ApiHandlers, CallContext } from './handlers';
import { isUserFacingError } from '../common/errors';

export interface DispatchOptions {
  /** Given by the caller for long-running methods, so `app.cancelTask` can reach them. */
  taskId?: string;
  host: CallContext['host'];
}

export type Dispatch = (method: string, params: unknown, options: DispatchOptions) => Promise<ApiResponse<unknown>>;

/**
 * The single entry point every host uses (IPC handlers, web host, tests): checks the method name,
 * validates params against the contract, runs the handler, and turns any error into a plain
 * `{ code, message, hint }` the UI can show. It never throws.
 */
export function createDispatcher(handlers: Omit<ApiHandlers, 'app.cancelTask'>, emit: (event: ApiEvent) => void): Dispatch {
  const running = new Map<string, AbortController>();

  const cancelTask = async ({ taskId }: { taskId: string }) => {
    const controller = running.get(taskId);
    controller?.abort();
    return { cancelled: Boolean(controller) };
  };

  return async (methodName, rawParams, options) => {
    if (!isApiMethod(methodName)) {
      return failure({ code: 'API_UNKNOWN_METHOD', message: `Unknown API method "${methodName}".` });
    }
    const spec = apiContract[methodName];
    const parsed = spec.params.safeParse(rawParams ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ');
      return failure({ code: 'API_INVALID_PARAMS', message: `Invalid parameters for ${methodName}: ${issues}` });
    }
    if (methodName === 'app.cancelTask') {
      return { ok: true, result: await cancelTask(parsed.data as { taskId: string }) };
    }
    const controller = new AbortController();
    const taskId = options.taskId;
    if (taskId) running.set(taskId, controller);
    const ctx: CallContext = {
      signal: controller.signal,
      host: options.host,
      reportProgress: (done, total, label) => {
        if (taskId) emit({ type: 'progress', taskId, done, total, label });
      },
    };
    try {
      const handler = (handlers as Record<string, (p: unknown, c: CallContext) => Promise<unknown>>)[methodName];
      const result = await handler(parsed.data, ctx);
      return { ok: true, result };
    } catch (error) {
      return failure(toApiError(error));
    } finally {
      if (taskId) {
        running.delete(taskId);
        emit({ type: 'progress', taskId, done: 1, total: 1, label: '', finished: true });
      }
    }
  };
}

function failure(error: ApiError): ApiResponse<never> {
  return { ok: false, error };
}

export function toApiError(error: unknown): ApiError {
  if (isUserFacingError(error)) return { code: error.code, message: error.message, hint: error.hint };
  if (error instanceof Error && error.name === 'AbortError') return { code: 'CANCELLED', message: 'Cancelled.' };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Something went wrong: ${message}`, hint: 'Your work is kept. Please report this with the steps that led to it.' };
}
