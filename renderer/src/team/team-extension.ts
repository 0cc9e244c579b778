import type { Extension } from '../shell/extension';
import { renderConflictsView } from './conflicts-view';
import { renderTeamPanel } from './team-panel';
import { TEAM_TEXT } from './strings';
import { TEAM_CONFLICTS_VIEW, TEAM_PANEL_VIEW, TEAM_SHOW_CONFLICTS_COMMAND, TEAM_SYNC_COMMAND } from './ids';
import './team.css';

/**
 * The team glossary in the app: a side tab (state, sync now, entry history and revert), the conflicts
 * view (both values, who and when; keep mine, keep theirs, or combine), and Glossary-menu commands.
 * A sync that finds new conflicts opens the conflicts view, and so does starting with conflicts open
 * (the sync on open ran into them).
 */
export const teamExtension: Extension = {
  id: 'team',
  activate({ client, views, commands, i18n, workbench }) {
    const disposers = [
      views.register({ id: TEAM_PANEL_VIEW, title: TEAM_TEXT.panelTitle, location: 'side', order: 40, render: (container) => renderTeamPanel(container, { client, i18n, workbench }) }),
      views.register({ id: TEAM_CONFLICTS_VIEW, title: TEAM_TEXT.conflictsTitle, location: 'main', render: (container) => renderConflictsView(container, { client, i18n, workbench }) }),
      commands.register({
        id: TEAM_SYNC_COMMAND,
        label: TEAM_TEXT.syncNow,
        menu: 'glossary',
        order: 80,
        run: async () => {
          try {
            const report = await client.call('team.sync', {});
            workbench.notify(report.message);
          } catch (error) {
            workbench.showError(error);
          }
        },
      }),
      commands.register({ id: TEAM_SHOW_CONFLICTS_COMMAND, label: TEAM_TEXT.showConflicts, menu: 'glossary', order: 81, run: () => workbench.openView(TEAM_CONFLICTS_VIEW) }),
      client.onEvent((event) => {
        if (event.type === 'team-sync' && event.state === 'conflicts' && (event.conflicts ?? 0) > 0) workbench.openView(TEAM_CONFLICTS_VIEW);
      }),
    ];
    // The sync on open may finish before this page listens for events. The status waits for a sync in
    // progress, so it tells whether the sync on open (or an earlier one) left conflicts to resolve.
    void client.call('team.status', {}).then(
      (status) => {
        if (status.conflicts > 0) workbench.openView(TEAM_CONFLICTS_VIEW);
      },
      () => undefined, // the Team side tab shows the problem
    );
    return () => {
      for (const dispose of disposers) dispose();
    };
  },
};
