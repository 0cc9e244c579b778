import type { ApiClient } from '../api/client';
import type { Workbench } from '../shell/extension';

/**
 * A team view that shows fresh data: loads, renders, and loads again whenever a team sync finishes
 * (the service pushes `team-sync` events). Errors go to the workbench; nothing renders after disposal.
 * Refreshes overlap (a sync event arrives while the view reloads after a click): only the latest one
 * renders, so an older answer never replaces a newer one.
 */
export function liveTeamView<T>(options: {
  client: ApiClient;
  workbench: Workbench;
  load: () => Promise<T>;
  render: (data: T) => void | Promise<void>;
}): { refresh: () => Promise<void>; dispose: () => void } {
  let disposed = false;
  let latest = 0;
  const refresh = async () => {
    const generation = ++latest;
    let data: T;
    try {
      data = await options.load();
    } catch (error) {
      options.workbench.showError(error);
      return;
    }
    if (!disposed && generation === latest) await options.render(data);
  };
  const off = options.client.onEvent((event) => {
    if (event.type === 'team-sync' && event.state !== 'syncing') void refresh();
  });
  void refresh();
  return {
    refresh,
    dispose: () => {
      disposed = true;
      off();
    },
  };
}
