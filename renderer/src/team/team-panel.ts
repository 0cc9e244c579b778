import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import type { TeamStatus } from '../../../main/api/contract/team';
import { el, clear } from '../dom';
import { format } from '../i18n';
import { TEAM_TEXT } from './strings';
import { formatWhen } from './format';
import { renderEntryHistory } from './entry-history';
import { TEAM_CONFLICTS_VIEW } from './ids';
import { liveTeamView } from './live-view';

/** The side tab: where the team glossary is, its state, sync now, the conflicts, and an entry's history. */
export function renderTeamPanel(container: HTMLElement, deps: { client: ApiClient; i18n: I18n; workbench: Workbench }): () => void {
  const { client, i18n, workbench } = deps;
  const t = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);
  const body = el('div', { class: 'dz-team-panel', 'data-testid': 'team-panel' });
  container.append(body);
  // While the translator changes the connection, background syncs do not redraw the panel over the form.
  let changingConnection = false;
  const closeConnectionForm = async () => {
    changingConnection = false;
    await refresh();
  };
  const sync = async () => {
    try {
      const report = await client.call('team.sync', {});
      workbench.notify(report.message, 'info');
    } catch (error) {
      workbench.showError(error);
    }
    await refresh();
  };

  /** Set up the team glossary, or (with `current`) change its address, user name or token. */
  const configureForm = (current?: TeamStatus) => {
    const remote = el('input', { class: 'dz-input', placeholder: 'https://… / /mnt/shared/glossary.git', value: current?.remote, 'data-testid': 'team-remote' });
    const username = el('input', { class: 'dz-input', placeholder: t(TEAM_TEXT.username), value: current?.username, autocomplete: 'off', 'data-testid': 'team-username' });
    const token = el('input', { class: 'dz-input', type: 'password', autocomplete: 'new-password', placeholder: t(current ? TEAM_TEXT.newToken : TEAM_TEXT.token), 'data-testid': 'team-token-input' });
    const connect = async () => {
      try {
        await client.call('team.configure', { remote: remote.value, token: token.value || undefined, username: username.value.trim() || undefined });
        if (current) workbench.notify(t(TEAM_TEXT.connectionChanged), 'info');
      } catch (error) {
        // The old connection stays as it was; the form stays open with what was typed.
        workbench.showError(error);
        return;
      }
      await closeConnectionForm();
    };
    return el(
      'div',
      { class: 'dz-team-form', 'data-testid': 'team-form' },
      el('p', {}, t(current ? TEAM_TEXT.changeIntro : TEAM_TEXT.notConfigured)),
      el('label', {}, t(TEAM_TEXT.remote), remote),
      username,
      token,
      el(
        'div',
        { class: 'dz-team-actions' },
        el('button', { class: 'dz-button dz-primary', 'data-testid': 'team-connect', onclick: () => void connect() }, t(current ? TEAM_TEXT.saveConnection : TEAM_TEXT.connect)),
        current ? el('button', { class: 'dz-button', 'data-testid': 'team-change-cancel', onclick: () => void closeConnectionForm() }, t(TEAM_TEXT.cancel)) : null,
      ),
    );
  };

  const historySection = async () => {
    const select = el('select', { class: 'dz-input', 'data-testid': 'team-history-entry' });
    const versions = el('ol', { class: 'dz-team-history' });
    select.append(el('option', { value: '' }, '—'));
    for (const entry of await client.call('team.entries', {})) select.append(el('option', { value: entry.id }, `${entry.zh} — ${entry.en}`));
    const show = async () => {
      clear(versions);
      if (select.value) await renderEntryHistory(versions, select.value, { i18n, workbench, history: (id) => client.call('team.history', { id }), revert: (id, commit) => client.call('team.revert', { id, commit }) });
    };
    select.addEventListener('change', () => void show());
    return el('div', {}, el('h3', {}, t(TEAM_TEXT.history)), select, versions);
  };

  // Builds the whole panel before it replaces the old one: two renders in flight never both append.
  const render = async (status: TeamStatus) => {
    if (changingConnection) return;
    if (!status.configured) {
      body.replaceChildren(configureForm());
      return;
    }
    const history = await historySection();
    const parts = [
      el(
        'dl',
        { class: 'dz-team-status' },
        el('dt', {}, t(TEAM_TEXT.remote)), el('dd', {}, status.remote ?? ''),
        el('dt', {}, t(TEAM_TEXT.state)), el('dd', { 'data-testid': 'team-state' }, t(TEAM_TEXT.stateName[status.state])),
        el('dt', {}, t(TEAM_TEXT.entries)), el('dd', {}, String(status.entries)),
        el('dt', {}, t(TEAM_TEXT.lastSync)), el('dd', {}, status.lastSyncAt ? formatWhen(status.lastSyncAt, i18n.language) : t(TEAM_TEXT.never)),
        el('dt', {}, t(TEAM_TEXT.tokenLabel)), el('dd', { 'data-testid': 'team-token' }, t(TEAM_TEXT.tokenStorage[status.hasToken ? status.tokenProtection ?? 'private-file' : 'none'])),
      ),
      status.lastError ? el('p', { class: 'dz-team-error' }, status.lastError.message, ' ', status.lastError.hint ?? '') : null,
      el(
        'div',
        { class: 'dz-team-actions' },
        el('button', { class: 'dz-button', 'data-testid': 'team-sync', onclick: () => void sync() }, t(TEAM_TEXT.syncNow)),
        el('button', { class: 'dz-button', 'data-testid': 'team-change', onclick: () => {
            changingConnection = true;
            body.replaceChildren(configureForm(status));
          } }, t(TEAM_TEXT.changeConnection)),
        status.conflicts > 0
          ? el('button', { class: 'dz-button dz-primary', 'data-testid': 'team-open-conflicts', onclick: () => workbench.openView(TEAM_CONFLICTS_VIEW) }, t(TEAM_TEXT.openConflicts, { n: status.conflicts }))
          : null,
      ),
      history,
    ];
    body.replaceChildren(...parts.filter((part) => part !== null));
  };

  const view = liveTeamView({ client, workbench, load: () => client.call('team.status', {}), render });
  const refresh = view.refresh;
  return view.dispose;
}
