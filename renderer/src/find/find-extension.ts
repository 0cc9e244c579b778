import type { App } from '../app';
import type { Extension } from '../shell/extension';
import { COMMAND_IDS } from '../shell/command-ids';
import { keysOf } from '../shell/command-keys';
import { el, clear } from '../dom';
import { findInRows, type FindHit } from './find-matches';

/**
 * Ctrl+F: one search over both panes. Matches are highlighted in the source and the translation and
 * listed in the side bar; Enter (or F3) goes to the next one.
 */
export function findExtension(app: App): Extension {
  return {
    id: 'find',
    activate({ commands, views, i18n, workbench }) {
      let query = '';
      let caseSensitive = false;
      let current = -1;
      let input: HTMLInputElement | undefined;

      const search = (): FindHit[] => {
        const editor = app.activeEditor();
        if (!editor) return [];
        // Search what the panes show (the original text when the left pane shows it), so the offsets fit.
        const hits = findInRows(editor.shownRows(), query, { caseSensitive });
        const spans = (side: 'left' | 'right') => hits.filter((h) => h.side === side).map((h) => ({ ...h, className: 'dz-find-match' }));
        editor.panes.setFindSpans(spans('left'), spans('right'));
        return hits;
      };

      commands.register({
        id: COMMAND_IDS.find,
        label: { key: 'command.find' },
        keybindings: keysOf(COMMAND_IDS.find),
        menu: 'edit',
        order: 20,
        run: () => {
          const editor = app.activeEditor();
          const selected = editor ? editor.panes.selectedText('right') || editor.panes.selectedText('left') : '';
          if (selected) query = selected;
          workbench.openView('find.panel');
          input?.focus();
          input?.select();
        },
      });

      views.register({
        id: 'find.panel',
        title: { key: 'find.title' },
        location: 'side',
        order: 30,
        render(container) {
          const box = el('input', { type: 'search', class: 'dz-input', value: query, placeholder: i18n.t('find.placeholder'), 'aria-label': i18n.t('find.placeholder'), 'data-testid': 'find-input' });
          const caseBox = el('input', { type: 'checkbox' });
          caseBox.checked = caseSensitive;
          const summary = el('p', { class: 'dz-muted' });
          const list = el('ol', { class: 'dz-find-results' });
          input = box;
          const go = (hits: FindHit[], index: number) => {
            const hit = hits[index];
            if (!hit) return;
            current = index;
            app.activeEditor()?.panes.revealSpan(hit.side, hit);
            list.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
            list.children[index]?.classList.add('current');
          };
          const render = () => {
            query = box.value;
            caseSensitive = caseBox.checked;
            const hits = search();
            const rows = app.activeEditor()?.shownRows() ?? [];
            clear(list);
            summary.textContent = query ? i18n.t('find.count', { count: hits.length }) : '';
            hits.slice(0, 500).forEach((hit, index) => {
              const text = hit.side === 'left' ? rows[hit.row]!.source : rows[hit.row]!.target;
              const before = text.slice(Math.max(0, hit.start - 12), hit.start);
              const after = text.slice(hit.end, hit.end + 24);
              list.appendChild(
                el(
                  'li',
                  {},
                  el(
                    'button',
                    { class: 'dz-find-hit', onclick: () => go(hits, index) },
                    el('span', { class: 'dz-find-where' }, `${hit.row + 1} ${hit.side === 'left' ? '中' : 'EN'}`),
                    el('span', {}, before, el('mark', {}, text.slice(hit.start, hit.end)), after),
                  ),
                ),
              );
            });
            current = -1;
            return hits;
          };
          box.addEventListener('input', () => render());
          caseBox.addEventListener('change', () => render());
          box.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              const hits = search();
              if (hits.length) go(hits, event.shiftKey ? (current - 1 + hits.length) % hits.length : (current + 1) % hits.length);
            } else if (event.key === 'Escape') {
              app.activeEditor()?.panes.focusTarget();
            }
          });
          container.append(el('div', { class: 'dz-side-section' }, box, el('label', { class: 'dz-check' }, caseBox, i18n.t('find.caseSensitive')), summary, list));
          render();
          // Typing or switching the left pane to the original moves the matches: search again.
          let again: ReturnType<typeof setTimeout> | undefined;
          const later = () => {
            clearTimeout(again);
            again = setTimeout(() => render(), 150);
          };
          const stopListening = app.activeEditor()?.on({ rowTextChanged: later, sourceTextChanged: later });
          return () => {
            clearTimeout(again);
            stopListening?.();
            input = undefined;
            app.activeEditor()?.panes.setFindSpans([], []);
          };
        },
      });
    },
  };
}
