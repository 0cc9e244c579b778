import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import type { GlossaryPort, ResolvedEntry } from './glossary-port';
import { el, clear } from '../dom';

export interface GlossaryPanelDeps {
  i18n: I18n;
  port: GlossaryPort;
  workbench: Workbench;
  edit(entry: ResolvedEntry): void;
  add(): void;
  changed(): void;
}

/** The glossary side panel: search all layers, add, edit, deprecate. */
export function renderGlossaryPanel(container: HTMLElement, deps: GlossaryPanelDeps): () => void {
  const { i18n, port, workbench } = deps;
  const search = el('input', { type: 'search', class: 'dz-input', placeholder: i18n.t('glossary.search'), 'aria-label': i18n.t('glossary.search'), 'data-testid': 'glossary-search' });
  const summary = el('p', { class: 'dz-muted' });
  const list = el('ul', { class: 'dz-glossary-results' });
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = async () => {
    const mine = ++token;
    try {
      const { total, entries } = await port.search(search.value.trim(), 100);
      if (mine !== token) return;
      clear(list);
      summary.textContent = entries.length ? i18n.t('glossary.results', { count: total }) : i18n.t('glossary.noResults');
      for (const resolved of entries) {
        const { entry, layer } = resolved;
        list.appendChild(
          el(
            'li',
            { class: 'dz-term-card', 'data-entry': entry.id },
            el(
              'div',
              { class: 'dz-term-head' },
              el('span', { class: 'dz-term-zh', lang: 'zh-Hans' }, entry.zh),
              el('span', { class: 'dz-badge' }, i18n.t(`terms.layer.${layer}`)),
              el('span', { class: `dz-badge dz-badge-${entry.status}` }, i18n.t(`terms.termStatus.${entry.status}`)),
            ),
            el('div', { class: 'dz-term-en' }, entry.en),
            entry.note ? el('div', { class: 'dz-term-meta' }, entry.note) : null,
            el(
              'div',
              { class: 'dz-glossary-actions' },
              el('button', { class: 'dz-button', onclick: () => deps.edit(resolved) }, i18n.t('glossary.edit')),
              entry.status === 'deprecated'
                ? null
                : el(
                    'button',
                    {
                      class: 'dz-button',
                      onclick: async () => {
                        try {
                          await port.deprecate(entry.id);
                          deps.changed();
                          await render();
                        } catch (error) {
                          workbench.showError(error);
                        }
                      },
                    },
                    i18n.t('glossary.deprecate'),
                  ),
            ),
          ),
        );
      }
    } catch (error) {
      if (mine === token) workbench.showError(error);
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 150);
  });
  container.appendChild(
    el('div', { class: 'dz-side-section' }, el('div', { class: 'dz-row' }, search, el('button', { class: 'dz-button dz-primary', onclick: () => deps.add() }, i18n.t('glossary.add'))), summary, list),
  );
  void render();
  return () => clearTimeout(timer);
}
