import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { Workbench } from '../shell/extension';
import type { GlossaryPort, ResolvedEntry } from './glossary-port';
import { el, clear } from '../dom';
import { defaultSaveLayer, deleteAction, hasTeamHistory, overriddenLayer } from './save-target';
import { layerBadges } from './layer-badges';
import { GLOSSARY_TEXT } from './strings';
import { renderEntryHistory } from '../team/entry-history';

export interface GlossaryPanelDeps {
  i18n: I18n;
  port: GlossaryPort;
  workbench: Workbench;
  teamConfigured(): Promise<boolean>;
  edit(entry: ResolvedEntry): void;
  add(): void;
  changed(): void;
}

/**
 * The glossary side panel: search every layer; each entry with its layer (and what a personal version
 * overrides); edit, deprecate and delete where the entry lives (a team entry in the team glossary), and
 * for team entries their history from git with revert. Follows glossary changes (edits, team syncs).
 */
export function renderGlossaryPanel(container: HTMLElement, deps: GlossaryPanelDeps): () => void {
  const { i18n, port, workbench } = deps;
  const tx = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);
  const search = el('input', { type: 'search', class: 'dz-input', placeholder: i18n.t('glossary.search'), 'aria-label': i18n.t('glossary.search'), 'data-testid': 'glossary-search' });
  const summary = el('p', { class: 'dz-muted' });
  const list = el('ul', { class: 'dz-glossary-results' });
  /** Entries whose history is open: they stay open when the list is rendered again. */
  const historyOpen = new Set<string>();
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const act = async (action: () => Promise<string>) => {
    try {
      workbench.notify(await action());
      deps.changed();
      await render();
    } catch (error) {
      workbench.showError(error);
    }
  };

  const historyDeps = { i18n, workbench, history: port.history, revert: port.revert };

  const card = (resolved: ResolvedEntry, teamConfigured: boolean): HTMLElement => {
    const { entry } = resolved;
    const target = defaultSaveLayer(resolved, teamConfigured);
    const overridden = overriddenLayer(resolved);
    const removal = deleteAction(resolved, teamConfigured);
    const history = el('ol', { class: 'dz-team-history dz-glossary-history', 'data-testid': 'glossary-history', hidden: !historyOpen.has(entry.id) });
    const toggleHistory = el('button', { class: 'dz-button', 'data-testid': 'glossary-history-toggle' }, tx(historyOpen.has(entry.id) ? GLOSSARY_TEXT.hideHistory : GLOSSARY_TEXT.history));
    toggleHistory.addEventListener('click', () => {
      const opening = history.hidden;
      history.hidden = !opening;
      toggleHistory.textContent = tx(opening ? GLOSSARY_TEXT.hideHistory : GLOSSARY_TEXT.history);
      if (opening) {
        historyOpen.add(entry.id);
        void renderEntryHistory(history, entry.id, historyDeps, tx(GLOSSARY_TEXT.noHistory));
      } else {
        historyOpen.delete(entry.id);
      }
    });
    if (historyOpen.has(entry.id)) void renderEntryHistory(history, entry.id, historyDeps, tx(GLOSSARY_TEXT.noHistory));

    let deleteButton: HTMLButtonElement | null = null;
    if (removal) {
      const label = tx(GLOSSARY_TEXT[removal.kind]);
      let armed: ReturnType<typeof setTimeout> | undefined;
      deleteButton = el('button', { class: 'dz-button dz-danger', 'data-testid': `glossary-${removal.kind}` }, label);
      const button = deleteButton;
      // Deleting takes a second click (a team entry goes for the whole desk); the first arms it for a few seconds.
      button.addEventListener('click', () => {
        if (armed === undefined) {
          button.textContent = tx(GLOSSARY_TEXT.confirmDelete);
          armed = setTimeout(() => ((armed = undefined), (button.textContent = label)), 4000);
          return;
        }
        clearTimeout(armed);
        void act(async () => {
          await port.remove(entry.id, removal.layer);
          return overridden
            ? tx(GLOSSARY_TEXT.overrideRemoved, { zh: entry.zh, layer: i18n.t(`terms.layer.${overridden}`) })
            : tx(GLOSSARY_TEXT.deleted[removal.layer], { zh: entry.zh });
        });
      });
    }

    const shared = overridden ? resolved.overrides[0].entry : undefined;
    return el(
      'li',
      { class: `dz-term-card dz-layer-${resolved.layer}`, 'data-entry': entry.id, 'data-layer': resolved.layer },
      el('div', { class: 'dz-term-head' }, el('span', { class: 'dz-term-zh', lang: 'zh-Hans' }, entry.zh), ...layerBadges(resolved, i18n), el('span', { class: `dz-badge dz-badge-${entry.status}` }, i18n.t(`terms.termStatus.${entry.status}`))),
      el('div', { class: 'dz-term-en' }, entry.en),
      shared && shared.en !== entry.en ? el('div', { class: 'dz-term-meta dz-term-shared' }, `${i18n.t(`terms.layer.${overridden!}`)}: ${shared.en}`) : null,
      entry.note ? el('div', { class: 'dz-term-meta' }, entry.note) : null,
      el(
        'div',
        { class: 'dz-glossary-actions' },
        el('button', { class: 'dz-button', 'data-testid': 'glossary-edit', onclick: () => deps.edit(resolved) }, i18n.t('glossary.edit')),
        entry.status === 'deprecated'
          ? null
          : el(
              'button',
              {
                class: 'dz-button',
                'data-testid': 'glossary-deprecate',
                title: tx(GLOSSARY_TEXT.deprecate[target]),
                onclick: () =>
                  void act(async () => {
                    await port.deprecate(entry.id, target);
                    return tx(GLOSSARY_TEXT.deprecated[target], { zh: entry.zh });
                  }),
              },
              i18n.t('glossary.deprecate'),
            ),
        deleteButton,
        hasTeamHistory(resolved, teamConfigured) ? toggleHistory : null,
      ),
      history,
    );
  };

  const render = async () => {
    const mine = ++token;
    try {
      const [{ total, entries }, teamConfigured] = await Promise.all([port.search(search.value.trim(), 100), deps.teamConfigured().catch(() => false)]);
      if (mine !== token) return;
      clear(list);
      summary.textContent = entries.length ? i18n.t('glossary.results', { count: total }) : i18n.t('glossary.noResults');
      for (const resolved of entries) list.appendChild(card(resolved, teamConfigured));
    } catch (error) {
      if (mine === token) workbench.showError(error);
    }
  };
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), ms);
  };
  search.addEventListener('input', () => later(150));
  // A team sync, an edit in another view or window: show the glossary as it is now.
  const offChanged = port.onChanged(() => later(250));
  container.appendChild(
    el('div', { class: 'dz-side-section' }, el('div', { class: 'dz-row' }, search, el('button', { class: 'dz-button dz-primary', onclick: () => deps.add() }, i18n.t('glossary.add'))), summary, list),
  );
  void render();
  return () => {
    clearTimeout(timer);
    offChanged();
  };
}
