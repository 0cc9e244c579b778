import type { ApiTransport, PreloadBridge } from './transport';

export function createElectronTransport(bridge: PreloadBridge): ApiTransport {
  return {
    host: 'electron',
    invoke: (method, params, taskId) => bridge.invoke(method, params, taskId),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
