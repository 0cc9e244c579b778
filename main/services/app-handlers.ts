import type { HandlersFor } from '../api/handlers';
import type { appMethods } from '../api/contract/app';
import type { HostCapabilities } from './host-capabilities';
import { checkExternalUrl } from './external-url';

export interface AppHandlerDeps {
  appVersion: string;
  host: 'electron' | 'web' | 'test';
  dataHome: string;
  fallbackReason?: string;
  capabilities?: HostCapabilities;
}

/** `app.cancelTask` is the dispatcher's own; everything else about the app lives here. */
export function createAppHandlers(deps: AppHandlerDeps): Omit<HandlersFor<typeof appMethods>, 'app.cancelTask'> {
  return {
    'app.info': async () => ({
      version: deps.appVersion,
      host: deps.host === 'electron' ? 'electron' : 'web',
      dataHome: deps.dataHome,
      fallbackReason: deps.fallbackReason,
      nativeDialogs: Boolean(deps.capabilities),
    }),
    'app.choosePath': async (request) => {
      if (!deps.capabilities) return { available: false };
      return { available: true, path: await deps.capabilities.choosePath(request) };
    },
    'app.openWindow': async ({ kind }) => {
      if (!deps.capabilities) return { available: false };
      await deps.capabilities.openWindow(kind);
      return { available: true };
    },
    'app.openExternal': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!deps.capabilities) return { opened: false };
      await deps.capabilities.openExternal(checked);
      return { opened: true };
    },
  };
}
