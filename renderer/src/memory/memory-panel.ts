import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { LocalizedText } from '../i18n/localized';
import type { Workbench } from '../shell/extension';
import { formatKeybinding } from '../shell/keybindings';
import { el, clear } from '../dom';
import type { FuzzyMatch, MemoryEntry } from '../../../main/memory/types';
import type { ActiveMatches, MatchesState } from './active-matches';
import { hitsByPair, highlighted, percent, provenance, storedSourceParts } from './match-format';
import { MEMORY_TEXT } from './strings';

export interface MemoryPanelDeps {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
  matches: ActiveMatches;
  /** The keys that insert match 1, 2, 3 … (from the one key table). */
  insertKeys: readonly string[];
  isMac: boolean;
  /** 1-based number of a segment in the project, for the heading. */
  segmentNumber(segmentId: string): number | undefined;
  /** Replaces the active translation with match n (1-based). */
  insert(n: number): void;
  exportTmx(): Promise<void>;
  /** Kept by the extension, so switching side tabs does not lose the last search. */
  concordance: { query: string };
}

export interface MemoryPanelArgs {
  /** Open with a concordance search for this phrase (Ctrl+Shift+K with a selection). */
  concordance?: string;
  /** Put the cursor in the search box. */
  focusSearch?: boolean;
}

/**
 * The "Translation memory" side tab: the active segment's fuzzy matches (score, the stored sentence
 * with its differences from this one, the stored translation, where it came from; click or Alt+n to
 * use one), a concordance search over both languages, and the memory's size with TMX export.
 */
export function renderMemoryPanel(container: HTMLElement, deps: MemoryPanelDeps, args: MemoryPanelArgs = {}): () => void {
  const { client, i18n, workbench } = deps;
  const t = (text: LocalizedText, params?: Record<string, string | number>) => format(i18n.text(text), params);

  const matchesBox = el('section', { class: 'dz-side-section dz-tm-matches', 'data-testid': 'memory-matches' });
  const input = el('input', {
    type: 'search',
    class: 'dz-input',
    placeholder: t(MEMORY_TEXT.concordancePlaceholder),
    'aria-label': t(MEMORY_TEXT.concordanceTitle),
    'data-testid': 'memory-concordance-input',
    value: args.concordance ?? deps.concordance.query,
  });
  const summary = el('p', { class: 'dz-muted dz-tm-summary' });
  const hitsList = el('ul', { class: 'dz-tm-hits', 'data-testid': 'memory-concordance-hits' });
  const sizeLine = el('span', { class: 'dz-muted', 'data-testid': 'memory-size' });
  let searchToken = 0;
  let disposed = false;

  const renderMatches = (state: MatchesState) => {
    clear(matchesBox);
    const number = state.segmentId ? deps.segmentNumber(state.segmentId) : undefined;
    matchesBox.append(el('h3', {}, number ? t(MEMORY_TEXT.matchesTitle, { n: number }) : t(MEMORY_TEXT.panelCommand)));
    if (!state.segmentId) {
      matchesBox.append(el('p', { class: 'dz-muted' }, t(MEMORY_TEXT.noSegment)));
      return;
    }
    if (state.matches.length === 0) {
      matchesBox.append(el('p', { class: 'dz-muted', 'data-testid': 'memory-status' }, t(state.loading ? MEMORY_TEXT.looking : MEMORY_TEXT.noMatches)));
      return;
    }
    matchesBox.append(
      el('ol', { class: 'dz-tm-list', 'aria-busy': state.loading ? 'true' : undefined }, state.matches.map((match, i) => matchCard(match, i + 1))),
      el('p', { class: 'dz-tm-legend' }, t(MEMORY_TEXT.diffLegend)),
    );
  };

  const matchCard = (match: FuzzyMatch, n: number) => {
    const key = deps.insertKeys[n - 1];
    const keyLabel = key ? formatKeybinding(key, deps.isMac) : undefined;
    const scoreClass = match.score >= 1 ? 'exact' : match.score >= 0.85 ? 'high' : 'low';
    return el(
      'li',
      { class: 'dz-tm-card', 'data-score': String(match.score) },
      el(
        'div',
        { class: 'dz-tm-head' },
        el('span', { class: 'dz-term-index' }, String(n)),
        el('span', { class: `dz-tm-score dz-tm-score-${scoreClass}` }, percent(match.score)),
        el('span', { class: 'dz-badge' }, t(MEMORY_TEXT.origin[match.entry.origin])),
        keyLabel ? el('kbd', { class: 'dz-tm-key' }, keyLabel) : null,
      ),
      el(
        'div',
        { class: 'dz-tm-source', lang: 'zh-Hans' },
        storedSourceParts(match.diff).map((part) => (part.mark === 'old' ? el('del', {}, part.text) : part.mark === 'new' ? el('ins', {}, part.text) : part.text)),
      ),
      el(
        'button',
        { class: 'dz-tm-target', title: keyLabel ? t(MEMORY_TEXT.insertHint, { key: keyLabel }) : t(MEMORY_TEXT.insertPlain), onclick: () => deps.insert(n) },
        match.entry.en,
      ),
      meta(match.entry),
    );
  };

  const meta = (entry: MemoryEntry) => el('div', { class: 'dz-term-meta dz-tm-meta' }, provenance(entry, i18n.language).join(' · '));

  const search = async () => {
    const query = input.value.trim();
    deps.concordance.query = query;
    const mine = ++searchToken;
    clear(hitsList);
    summary.textContent = '';
    if (!query) return;
    try {
      const hits = hitsByPair(await client.call('memory.concordance', { query, limit: 100 }));
      if (mine !== searchToken || disposed) return;
      summary.textContent = hits.length ? t(MEMORY_TEXT.hits, { count: hits.length, query }) : t(MEMORY_TEXT.noHits, { query });
      for (const { entry, zh, en } of hits) {
        const marked = (text: string, ranges: Array<[number, number]>) => highlighted(text, ranges).map((part) => (part.hit ? el('mark', {}, part.text) : part.text));
        hitsList.append(
          el(
            'li',
            { class: 'dz-tm-card' },
            el('div', { class: 'dz-tm-source', lang: 'zh-Hans' }, marked(entry.zh, zh)),
            el('div', { class: 'dz-tm-en' }, marked(entry.en, en)),
            meta(entry),
          ),
        );
      }
    } catch (error) {
      if (mine === searchToken) workbench.showError(error);
    }
  };

  const refreshSize = async () => {
    try {
      const stats = await client.call('memory.stats', {});
      if (!disposed) sizeLine.textContent = t(MEMORY_TEXT.size, { count: stats.entries });
    } catch (error) {
      // A damaged memory file: say so here too, the lookups report it as well.
      if (!disposed) sizeLine.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  });
  container.append(
    matchesBox,
    el(
      'section',
      { class: 'dz-side-section dz-tm-concordance' },
      el('h3', {}, t(MEMORY_TEXT.concordanceTitle)),
      el('div', { class: 'dz-row' }, input, el('button', { class: 'dz-button', 'data-testid': 'memory-concordance-search', onclick: () => void search() }, t(MEMORY_TEXT.search))),
      summary,
      hitsList,
    ),
    el('section', { class: 'dz-side-section dz-tm-footer' }, sizeLine, el('button', { class: 'dz-button', 'data-testid': 'memory-export', onclick: () => void deps.exportTmx() }, t(MEMORY_TEXT.exportTmx))),
  );

  renderMatches(deps.matches.current());
  const offMatches = deps.matches.onChange(renderMatches);
  const offEvents = client.onEvent((event) => {
    if (event.type === 'memory-changed') sizeLine.textContent = t(MEMORY_TEXT.size, { count: event.entries });
  });
  void refreshSize();
  if (input.value.trim()) void search();
  if (args.focusSearch || args.concordance !== undefined) {
    input.focus();
    input.select();
  }
  return () => {
    disposed = true;
    offMatches();
    offEvents();
  };
}
