import type { ApiClient } from '../api/client';
import type { Workbench } from '../shell/extension';

/**
 * A team view that shows fresh data: loads, renders, and loads again whenever a team sync finishes
 * (the service pushes `team-sync` events). Errors go to the workbench; nothing renders after disposal.
 */
export function liveTeamView<T>(options: {
  client: ApiClient;
  workbench: Workbench;
  load: () => Promise<T>;
  render: (data: T) => void | Promise<void>;
}): { refresh: () => Promise<void>; dispose: () => void } {
  let disposed = false;
  const refresh = async () => {
    let data: T;
    try {
      data = await options.load();
    } catch (error) {
      options.workbench.showError(error);
      return;
    }
    if (!disposed) await options.render(data);
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
