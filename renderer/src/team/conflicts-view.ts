import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import type { TeamConflict } from '../../../main/api/contract/team';
import { el, clear } from '../dom';
import { format } from '../i18n';
import { TEAM_TEXT } from './strings';
import { liveTeamView } from './live-view';
import { combineDraft, combinedValue, describeValue, formatWhen } from './format';

export interface ConflictsViewDeps {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
}

/**
 * The open conflicts of the team glossary: for each, both values with who and when, and the three ways
 * out (keep mine, keep theirs, write a combined value). Resolving commits and syncs in the service.
 */
export function renderConflictsView(container: HTMLElement, deps: ConflictsViewDeps): () => void {
  const { client, i18n, workbench } = deps;
  const t = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);
  const list = el('div', { class: 'dz-team-conflicts', 'data-testid': 'team-conflicts' });
  container.append(el('p', { class: 'dz-muted' }, t(TEAM_TEXT.conflictIntro)), list);
  const view = liveTeamView({
    client,
    workbench,
    load: () => client.call('team.conflicts', {}),
    render: (conflicts: TeamConflict[]) => {
      clear(list);
      if (conflicts.length === 0) {
        list.append(el('p', { class: 'dz-team-none', 'data-testid': 'team-no-conflicts' }, t(TEAM_TEXT.noConflicts)));
        return;
      }
      for (const conflict of conflicts) list.append(conflictCard(conflict));
    },
  });

  const resolve = async (card: HTMLElement, conflict: TeamConflict, choice: 'mine' | 'theirs' | 'combined', value?: unknown) => {
    for (const button of card.querySelectorAll('button')) button.disabled = true;
    try {
      const result = await client.call('team.resolve', { conflictId: conflict.id, choice, value });
      workbench.notify(t(result.sync.state === 'offline' ? TEAM_TEXT.resolvedOffline : TEAM_TEXT.resolved));
    } catch (error) {
      workbench.showError(error);
    }
    await view.refresh();
  };

  const side = (label: { en: string; 'zh-CN': string }, which: 'mine' | 'theirs', conflict: TeamConflict) => {
    const data = conflict[which];
    const text = data.deleted ? t(TEAM_TEXT.deleted) : describeValue(data.value) || t(TEAM_TEXT.empty);
    return el(
      'div',
      { class: `dz-team-side dz-team-${which}`, 'data-testid': `team-${which}` },
      el('div', { class: 'dz-team-side-head' }, el('strong', {}, t(label)), ' ', el('span', { class: 'dz-muted' }, t(TEAM_TEXT.by, { who: data.by, when: formatWhen(data.at, i18n.language) }))),
      el('pre', { class: `dz-team-value${data.deleted ? ' dz-team-deleted' : ''}` }, text),
    );
  };

  const conflictCard = (conflict: TeamConflict): HTMLElement => {
    const card = el('section', { class: 'dz-team-card', 'data-conflict': conflict.id });
    const editor = el('div', { class: 'dz-team-combine', hidden: true });
    const textarea = el('textarea', { class: 'dz-input dz-team-combine-text', rows: 4, 'data-testid': 'team-combined-text' });
    editor.append(
      textarea,
      el(
        'div',
        { class: 'dz-team-actions' },
        el('button', { class: 'dz-button', onclick: () => (editor.hidden = true) }, t(TEAM_TEXT.cancel)),
        el(
          'button',
          {
            class: 'dz-button dz-primary',
            'data-testid': 'team-save-combined',
            onclick: () => {
              let value: unknown;
              try {
                value = combinedValue(conflict, textarea.value);
              } catch (error) {
                workbench.notify((error as Error).message, 'error');
                return;
              }
              void resolve(card, conflict, 'combined', value);
            },
          },
          t(TEAM_TEXT.saveCombined),
        ),
      ),
    );
    card.append(
      el(
        'header',
        { class: 'dz-team-card-head' },
        el('span', { class: 'dz-team-zh' }, conflict.zh),
        el('code', { class: 'dz-muted' }, conflict.entryId),
        el('span', { class: 'dz-team-field' }, conflict.field === null ? t(TEAM_TEXT.wholeEntry) : `${t(TEAM_TEXT.field)}: ${t(TEAM_TEXT.fieldName[conflict.field])}`),
      ),
      el('div', { class: 'dz-team-sides' }, side(TEAM_TEXT.mine, 'mine', conflict), side(TEAM_TEXT.theirs, 'theirs', conflict)),
      el(
        'div',
        { class: 'dz-team-actions' },
        el('button', { class: 'dz-button', 'data-testid': 'team-keep-mine', onclick: () => void resolve(card, conflict, 'mine') }, t(TEAM_TEXT.keepMine)),
        el('button', { class: 'dz-button', 'data-testid': 'team-keep-theirs', onclick: () => void resolve(card, conflict, 'theirs') }, t(TEAM_TEXT.keepTheirs)),
        el(
          'button',
          {
            class: 'dz-button',
            'data-testid': 'team-combine',
            onclick: () => {
              textarea.value = combineDraft(conflict);
              editor.hidden = false;
              textarea.focus();
            },
          },
          t(TEAM_TEXT.combine),
        ),
      ),
      editor,
    );
    return card;
  };

  return view.dispose;
}
