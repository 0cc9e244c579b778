import type { ApiMethod, ApiParams, ApiResult, ApiError } from '../../../main/api/contract';
import type { ApiEvent } from '../../../main/api/contract/events';
import type { ApiTransport } from './transport';

/** A failed API call as the UI handles it: message and hint are ready to show. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  readonly host: 'electron' | 'web';
  call<K extends ApiMethod>(method: K, params: ApiParams<K>, options?: { taskId?: string }): Promise<ApiResult<K>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

export function createApiClient(transport: ApiTransport): ApiClient {
  return {
    host: transport.host,
    async call(method, params, options) {
      const response = await transport.invoke(method, params, options?.taskId);
      if (!response.ok) throw new ApiCallError(response.error);
      return response.result as never;
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}
