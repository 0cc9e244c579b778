import type { App } from '../app';
import { afterNextPaint } from '../after-paint';
import { markWithPaint } from '../bench-marks';
import type { Extension } from '../shell/extension';
import type { KeyArgs } from '../shell/commands';
import type { EditorController } from '../editor/editor-controller';
import type { RowSpan } from '../editor/paired-panes';
import { COMMAND_IDS } from '../shell/command-ids';
import { keysOf } from '../shell/command-keys';
import { checkTranslation, emptyCheck, issueCount, type TranslationCheck } from '../../../glossary/engine/check';
import { el, clear } from '../dom';
import type { GlossaryPort, SegmentTermMatch } from './glossary-port';
import { createGlossaryPort } from './glossary-client';
import { segmentTerms, spacedInsertion, termHoverMarkdown, type HoverLabels } from './term-format';
import { renderTermEditor, type TermEditorArgs } from './term-editor';
import { renderGlossaryPanel } from './glossary-panel';
import { layerBadges } from './layer-badges';
import { GLOSSARY_TEXT } from './strings';
import { format } from '../i18n';
import './glossary.css';

/**
 * The glossary in the editor: terms highlighted in the source with hovers, the active segment's terms
 * in the side bar (Ctrl+1…9 inserts), QA flags as you type, Ctrl+Shift+G to add a term, and the
 * glossary panel (search, add, edit, deprecate). Matching runs in the glossary service; the check of
 * the translation against the matches runs here, on every keystroke (it is pure and fast).
 */
export function glossaryExtension(app: App): Extension {
  return {
    id: 'glossary',
    activate({ commands, views, i18n, workbench, client }) {
      const port: GlossaryPort = createGlossaryPort(client);
      /** Matches per segment id for the open project. */
      let matches = new Map<string, SegmentTermMatch[]>();
      let check: TranslationCheck = emptyCheck();
      let editor: EditorController | undefined;
      let offEditor: (() => void) | undefined;
      let refreshTerms: (() => void) | undefined;
      let loadToken = 0;
      /** Whether a team glossary is set up: asked once, asked again after each team sync or setup. */
      let teamConfigured: Promise<boolean> | undefined;
      const teamState = (): Promise<boolean> =>
        (teamConfigured ??= port.teamConfigured().catch((error) => {
          teamConfigured = undefined;
          throw error;
        }));
      client.onEvent((event) => {
        if (event.type === 'team-sync' && event.state !== 'syncing') teamConfigured = undefined;
      });

      const labels = (): HoverLabels => ({
        alternates: i18n.t('terms.alternates'),
        forbidden: i18n.t('terms.forbidden'),
        note: i18n.t('terms.note'),
        source: i18n.t('terms.source'),
        status: i18n.t('terms.status'),
        layer: i18n.t('terms.layer'),
        statusName: (s) => i18n.t(`terms.termStatus.${s}` as 'terms.termStatus.approved'),
        layerName: (l) => i18n.t(`terms.layer.${l}` as 'terms.layer.builtin'),
        overridesName: (l) => format(i18n.text(GLOSSARY_TEXT.overrides), { layer: i18n.t(`terms.layer.${l}` as 'terms.layer.builtin') }),
      });

      const activeMatches = (): SegmentTermMatch[] => {
        const id = editor?.activeSegmentId();
        return id ? (matches.get(id) ?? []) : [];
      };

      /** Source highlights: on the cleaned text, or on the original when the left pane shows it. */
      const paintSource = () => {
        if (!editor) return;
        const original = editor.isShowingOriginal();
        const hoverLabels = labels();
        // One hover text per entry and layer: a 1,000-row article repeats its terms many times, and
        // escaping every hover again was most of the time spent painting the terms after an open.
        const hovers = new Map<string, string[]>();
        const hoverOf = (term: SegmentTermMatch['term']) => {
          const over = term.overrides[0];
          const key = `${term.layer}\u0000${term.entry.id}\u0000${over ? `${over.layer}\u0000${over.entry.en}` : ''}`;
          let hover = hovers.get(key);
          if (!hover) hovers.set(key, (hover = termHoverMarkdown(term, hoverLabels)));
          return hover;
        };
        const spans: RowSpan[] = [];
        editor.getRows().forEach((row, index) => {
          for (const match of matches.get(row.segmentId) ?? []) {
            spans.push({
              row: index,
              start: original ? match.originalStart : match.start,
              end: original ? match.originalEnd : match.end,
              className: `dz-term dz-term-${match.term.layer}`,
              hover: hoverOf(match.term),
            });
          }
        });
        editor.setSourceTerms(spans);
      };

      const status = app.statusBar.item('glossary');
      /** Re-checks the active translation against its terms; updates flags, squiggles and the panel. */
      const recheck = () => {
        if (!editor) return;
        const row = editor.activeRow();
        const r = editor.getRows()[row];
        check = r && r.target.trim() ? checkTranslation(r.source, r.target, activeMatches()) : emptyCheck();
        editor.panes.setFlagSpans(
          check.forbidden.map((f) => ({ row, start: f.start, end: f.end, className: 'dz-flag-forbidden', hover: [i18n.t('flags.forbidden', { text: f.text, zh: f.term.zh }) + (f.reason ? ` — ${f.reason}` : '')] })),
        );
        const count = issueCount(check);
        status.textContent = count ? i18n.t('status.flags', { count }) : activeMatches().length ? i18n.t('status.noFlags') : '';
        status.classList.toggle('has-flags', count > 0);
        status.dataset.flags = String(count);
        refreshTerms?.();
        // For the bench (test/bench/editor.bench.ts): keystroke → flags updated.
        performance.mark('duizhao:flags-updated');
      };

      const load = async () => {
        const token = ++loadToken;
        matches = new Map();
        if (!editor || !port) return;
        try {
          const result = await port.matchProject(editor.project.handle);
          if (token !== loadToken) return;
          matches = new Map(result.map((r) => [r.segmentId, r.terms]));
          paintSource();
          recheck();
          // For the bench: the project's terms are highlighted.
          markWithPaint('duizhao:terms-ready');
        } catch (error) {
          workbench.showError(error);
        }
      };

      app.glossaryOriginalSpans = (segmentId) =>
        (matches.get(segmentId) ?? []).map((m) => ({ start: m.originalStart, end: m.originalEnd, title: m.term.entry.en }));

      app.onDidChangeEditor((next) => {
        offEditor?.();
        editor = next;
        if (!next) return;
        let pending = 0;
        offEditor = next.on({
          activeRowChanged: () => recheck(),
          sourceTextChanged: () => paintSource(),
          // As you type: the check is pure and local, so it runs on every change of the active row.
          rowTextChanged: (row) => {
            if (row === next.activeRow()) recheck();
            else if (!pending) pending = requestAnimationFrame(() => ((pending = 0), recheck()));
          },
        });
        // The panes paint first; the project's terms (a few thousand highlights) follow a frame later.
        afterNextPaint(() => void load());
      });
      app.onDidChange(() => {
        // Reloads (alignment filled rows, Save As) keep the same matches only if the segments stay.
        if (editor) void load();
      });
      client.onEvent((event) => {
        if (event.type === 'glossary-changed') void load();
      });
      i18n.onChange(() => {
        paintSource();
        recheck();
      });

      const insertRendering = (n: number) => {
        if (!editor) return;
        const term = segmentTerms(activeMatches())[n - 1];
        if (!term) return;
        const panes = editor.panes;
        const position = panes.target.getPosition();
        const text = term.resolved.entry.en;
        if (!position) return;
        const line = panes.rowText(position.lineNumber - 1);
        const selection = panes.target.getSelection();
        const startColumn = selection && !selection.isEmpty() ? selection.startColumn : position.column;
        const endColumn = selection && !selection.isEmpty() && selection.endLineNumber === selection.startLineNumber ? selection.endColumn : position.column;
        panes.insertAtCursor(spacedInsertion(line.slice(0, startColumn - 1), line.slice(endColumn - 1), text));
      };

      commands.register({
        id: COMMAND_IDS.insertRendering,
        label: { key: 'command.insertRendering' },
        keybindings: keysOf(COMMAND_IDS.insertRendering),
        keyLabel: 'Ctrl+1…9',
        scope: 'project',
        hidden: true,
        enabled: () => Boolean(editor),
        run: (args) => {
          const binding = (args as KeyArgs | undefined)?.keybinding ?? 'Ctrl+1';
          insertRendering(Number(binding.slice(-1)));
        },
      });
      commands.register({
        id: COMMAND_IDS.addTerm,
        label: { key: 'command.addTerm' },
        keybindings: keysOf(COMMAND_IDS.addTerm),
        menu: 'glossary',
        order: 1,
        run: () => {
          const args: TermEditorArgs = { zh: editor?.panes.selectedText('left') ?? '', en: editor?.panes.selectedText('right') ?? '' };
          workbench.openView('glossary.termEditor', args);
        },
      });
      commands.register({ id: COMMAND_IDS.termsPanel, label: { key: 'command.termsPanel' }, menu: 'glossary', order: 2, run: () => workbench.openView('glossary.terms') });
      commands.register({ id: COMMAND_IDS.glossaryPanel, label: { key: 'command.glossaryPanel' }, keybindings: keysOf(COMMAND_IDS.glossaryPanel), menu: 'glossary', order: 3, run: () => workbench.openView('glossary.panel') });

      views.register({
        id: 'glossary.terms',
        title: { key: 'terms.tab' },
        location: 'side',
        order: 10,
        render(container) {
          const flagsBox = el('div', { class: 'dz-side-section dz-flags-section' });
          const termsBox = el('div', { class: 'dz-side-section' });
          container.append(flagsBox, termsBox);
          const render = () => {
            clear(flagsBox);
            clear(termsBox);
            if (!port) {
              termsBox.appendChild(el('p', { class: 'dz-muted' }, i18n.t('terms.unavailable')));
              return;
            }
            flagsBox.appendChild(el('h3', {}, i18n.t('flags.title')));
            const flags = [
              ...check.missing.map((m) => i18n.t('flags.missing', { zh: m.term.text, en: m.expected[0] ?? '' })),
              ...check.forbidden.map((f) => i18n.t('flags.forbidden', { text: f.text, zh: f.term.zh })),
            ];
            flagsBox.appendChild(
              flags.length
                ? el('ul', { class: 'dz-flags', 'data-testid': 'glossary-flags' }, flags.map((f) => el('li', { class: 'dz-flag' }, f)))
                : el('p', { class: 'dz-flag-ok' }, i18n.t('flags.none')),
            );
            // Unverified renderings not used: told, not counted as issues.
            if (check.unverified.length) {
              flagsBox.appendChild(
                el(
                  'ul',
                  { class: 'dz-flags dz-flags-unverified', 'data-testid': 'glossary-unverified' },
                  check.unverified.map((m) => el('li', { class: 'dz-flag-note' }, i18n.t('flags.unverified', { zh: m.term.text, en: m.expected[0] ?? '' }))),
                ),
              );
            }
            termsBox.appendChild(el('h3', {}, i18n.t('terms.title')));
            const terms = segmentTerms(activeMatches());
            if (terms.length === 0) {
              termsBox.appendChild(el('p', { class: 'dz-muted' }, i18n.t('terms.none')));
              return;
            }
            termsBox.appendChild(
              el(
                'ol',
                { class: 'dz-term-list', 'data-testid': 'segment-terms' },
                terms.map(({ index, resolved, match }) => {
                  const { entry } = resolved;
                  return el(
                    'li',
                    { class: 'dz-term-card' },
                    el(
                      'div',
                      { class: 'dz-term-head' },
                      el('span', { class: 'dz-term-index' }, index <= 9 ? String(index) : ''),
                      el('span', { class: 'dz-term-zh', lang: 'zh-Hans' }, match.text),
                      ...layerBadges(resolved, i18n),
                    ),
                    el('button', { class: 'dz-term-insert', title: index <= 9 ? i18n.t('terms.insertHint', { n: index }) : undefined, onclick: () => insertRendering(index) }, entry.en),
                    el(
                      'div',
                      { class: 'dz-term-meta' },
                      entry.alternates.length ? el('span', {}, `${i18n.t('terms.alternates')}: ${entry.alternates.join('; ')}`) : null,
                      entry.forbidden.length ? el('span', { class: 'dz-term-forbidden' }, `${i18n.t('terms.forbidden')}: ${entry.forbidden.map((f) => f.text).join('; ')}`) : null,
                      entry.note ? el('span', {}, `${i18n.t('terms.note')}: ${entry.note}`) : null,
                      entry.sources.length ? el('span', {}, `${i18n.t('terms.source')}: ${entry.sources.map((s) => s.authority).join('; ')}`) : null,
                      el('span', {}, `${i18n.t('terms.status')}: ${i18n.t(`terms.termStatus.${entry.status}` as 'terms.termStatus.approved')}`),
                    ),
                  );
                }),
              ),
            );
          };
          refreshTerms = render;
          render();
          return () => {
            if (refreshTerms === render) refreshTerms = undefined;
          };
        },
      });

      views.register({
        id: 'glossary.termEditor',
        title: { key: 'term.addTitle' },
        location: 'dialog',
        render: (container, host, args) =>
          renderTermEditor(container, host, (args ?? {}) as TermEditorArgs, {
            i18n,
            port,
            workbench,
            teamConfigured: teamState,
            saved: () => void load(),
          }),
      });

      views.register({
        id: 'glossary.panel',
        title: { key: 'glossary.title' },
        location: 'side',
        order: 20,
        render: (container) =>
          renderGlossaryPanel(container, {
            i18n,
            port,
            workbench,
            teamConfigured: teamState,
            edit: (resolved) => workbench.openView('glossary.termEditor', { resolved } satisfies TermEditorArgs),
            add: () => workbench.openView('glossary.termEditor', {} satisfies TermEditorArgs),
            changed: () => void load(),
          }),
      });
    },
  };
}
