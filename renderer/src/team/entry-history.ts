import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import type { EntryVersion } from '../../../main/api/contract/team';
import { el, clear } from '../dom';
import { format } from '../i18n';
import { TEAM_TEXT } from './strings';
import { describeValue, formatWhen } from './format';

export interface EntryHistoryDeps {
  i18n: I18n;
  workbench: Workbench;
  history(id: string): Promise<EntryVersion[]>;
  revert(id: string, commit: string): Promise<unknown>;
}

/**
 * A team entry's history in `list`: for each version (newest first) who made it, when, what kind of
 * change, the fields it changed (before → after) and, for older versions, "Revert to this". Used by the
 * Team side tab and the glossary panel. Re-renders itself after a revert.
 */
export async function renderEntryHistory(list: HTMLElement, id: string, deps: EntryHistoryDeps, empty?: string): Promise<void> {
  const { i18n, workbench } = deps;
  const t = (text: { en: string; 'zh-CN': string }) => i18n.text(text);
  let versions: EntryVersion[];
  try {
    versions = await deps.history(id);
  } catch (error) {
    workbench.showError(error);
    return;
  }
  clear(list);
  if (versions.length === 0 && empty) list.append(el('li', { class: 'dz-muted' }, empty));
  versions.forEach((version, index) => {
    list.append(
      el(
        'li',
        { 'data-commit': version.commit },
        el('div', {}, el('strong', {}, version.author), ' ', el('span', { class: 'dz-muted' }, `${formatWhen(version.at, i18n.language)} · ${t(version.merge ? TEAM_TEXT.change.merged : TEAM_TEXT.change[version.change])}`)),
        ...version.fields.map((change) => el('div', { class: 'dz-team-diff' }, `${t(TEAM_TEXT.fieldName[change.field])}: `, el('del', {}, describeValue(change.before)), ' → ', el('ins', {}, describeValue(change.after)))),
        // The newest version is what the entry is now: reverting to it would change nothing.
        index === 0
          ? null
          : el(
              'button',
              {
                class: 'dz-button dz-team-revert',
                'data-testid': 'team-revert',
                onclick: async () => {
                  try {
                    await deps.revert(id, version.commit);
                    workbench.notify(format(t(TEAM_TEXT.reverted)));
                  } catch (error) {
                    workbench.showError(error);
                  }
                  await renderEntryHistory(list, id, deps, empty);
                },
              },
              t(TEAM_TEXT.revert),
            ),
      ),
    );
  });
}
