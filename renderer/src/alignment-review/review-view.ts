import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { ProjectSession, Workbench } from '../shell/extension';
import { el, clear } from '../dom';
import type { AlignmentProposal, Bead } from '../../../main/alignment/types';
import { LOW_CONFIDENCE, applyEdit, mergeWithNext, redo, shiftBoundary, splitBeadInHalf, startReview, undo, unlink, type ReviewHistory } from '../../../main/alignment/edit';
import { ALIGN_TEXT } from './strings';

export interface ReviewViewDeps {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
  project: ProjectSession;
  close(): void;
}

type Text = { en: string; 'zh-CN': string };

/**
 * The alignment review: Chinese and English side by side, one row per bead, uncertain rows marked.
 * Editing goes through the pure bead operations of main/alignment/edit.ts (merge, split, shift, unlink,
 * undo, redo); Accept hands the beads to `alignment.accept`.
 */
export function renderReviewView(container: HTMLElement, proposal: AlignmentProposal, deps: ReviewViewDeps): () => void {
  const t = (text: Text, params?: Record<string, string | number>) => format(deps.i18n.text(text), params);
  let history: ReviewHistory = startReview(proposal.beads);
  let selected = 0;
  let busy = false;

  const summary = el('span', { class: 'dz-align-summary', 'data-testid': 'align-summary' });
  const undoButton = el('button', { class: 'dz-button', 'data-testid': 'align-undo', onclick: () => edit('undo') }, t(ALIGN_TEXT.undo));
  const redoButton = el('button', { class: 'dz-button', 'data-testid': 'align-redo', onclick: () => edit('redo') }, t(ALIGN_TEXT.redo));
  const acceptButton = el('button', { class: 'dz-button dz-primary', 'data-testid': 'align-accept', onclick: () => void accept() }, t(ALIGN_TEXT.accept));
  const cancelButton = el('button', { class: 'dz-button', 'data-testid': 'align-cancel', onclick: () => deps.close() }, t(ALIGN_TEXT.cancel));
  const rows = el('div', { class: 'dz-align-rows', 'data-testid': 'align-rows' });
  const root = el(
    'div',
    { class: 'dz-align-review', tabindex: 0 },
    el('p', { class: 'dz-muted dz-align-intro' }, t(ALIGN_TEXT.intro)),
    el('div', { class: 'dz-align-toolbar' }, summary, undoButton, redoButton, el('span', { class: 'dz-align-spacer' }), cancelButton, acceptButton),
    rows,
  );
  container.append(root);

  function edit(kind: 'undo' | 'redo' | ((beads: readonly Bead[]) => readonly Bead[])) {
    if (busy) return;
    history = kind === 'undo' ? undo(history) : kind === 'redo' ? redo(history) : applyEdit(history, kind);
    selected = Math.min(selected, history.beads.length - 1);
    render();
    // The clicked button was replaced: keep the keyboard (undo, arrows) on the view.
    root.focus({ preventScroll: true });
  }

  const sentences = (side: 'zh' | 'en', ids: number[]) => {
    const list = side === 'zh' ? proposal.zh.sentences : proposal.en.sentences;
    if (ids.length === 0) return [el('div', { class: 'dz-align-empty' }, t(side === 'zh' ? ALIGN_TEXT.unmatched : ALIGN_TEXT.untranslated))];
    return ids.map((i) => el('div', { class: 'dz-align-sentence', 'data-sentence': i }, el('span', { class: 'dz-align-id' }, String(i + 1)), list[i]));
  };

  const action = (label: Text, testId: string, glyph: string, run: () => void, enabled = true) =>
    el('button', { class: 'dz-button dz-align-action', title: t(label), 'aria-label': t(label), 'data-testid': testId, disabled: !enabled, onclick: (e: Event) => (e.stopPropagation(), run()) }, glyph);

  function row(bead: Bead, index: number, count: number) {
    const low = bead.confidence < LOW_CONFIDENCE;
    const hasNext = index + 1 < count;
    const next = hasNext ? history.beads[index + 1] : undefined;
    return el(
      'div',
      {
        class: `dz-align-row${low ? ' dz-align-low' : ''}${index === selected ? ' dz-align-selected' : ''}`,
        'data-bead': index,
        'data-shape': `${bead.zh.length}-${bead.en.length}`,
        'data-low': low ? 'true' : null,
        onclick: () => {
          selected = index;
          render();
        },
      },
      el('div', { class: 'dz-align-mark', title: low ? t(ALIGN_TEXT.lowConfidence) : '' }, low ? '!' : ''),
      el('div', { class: 'dz-align-zh' }, sentences('zh', bead.zh)),
      el('div', { class: 'dz-align-en' }, sentences('en', bead.en)),
      el(
        'div',
        { class: 'dz-align-actions' },
        action(ALIGN_TEXT.merge, 'align-merge', '⤓', () => edit((b) => mergeWithNext(b, index)), hasNext),
        action(ALIGN_TEXT.split, 'align-split', '✂', () => edit((b) => splitBeadInHalf(b, index)), bead.zh.length + bead.en.length > 1 && bead.zh.length > 0 && bead.en.length > 0),
        action(ALIGN_TEXT.pullEnglish, 'align-pull-en', '↑EN', () => edit((b) => shiftBoundary(b, index, 'en', 1)), Boolean(next && next.en.length)),
        action(ALIGN_TEXT.pushEnglish, 'align-push-en', '↓EN', () => edit((b) => shiftBoundary(b, index, 'en', -1)), hasNext && bead.en.length > 0),
        action(ALIGN_TEXT.pullChinese, 'align-pull-zh', '↑中', () => edit((b) => shiftBoundary(b, index, 'zh', 1)), Boolean(next && next.zh.length)),
        action(ALIGN_TEXT.pushChinese, 'align-push-zh', '↓中', () => edit((b) => shiftBoundary(b, index, 'zh', -1)), hasNext && bead.zh.length > 0),
        action(ALIGN_TEXT.unlink, 'align-unlink', '⊘', () => edit((b) => unlink(b, index)), bead.zh.length > 0 && bead.en.length > 0),
      ),
    );
  }

  function render() {
    const beads = history.beads;
    const scroll = rows.scrollTop;
    clear(rows);
    beads.forEach((bead, index) => rows.append(row(bead, index, beads.length)));
    rows.scrollTop = scroll;
    summary.textContent = t(ALIGN_TEXT.summary, { beads: beads.length, low: beads.filter((b) => b.confidence < LOW_CONFIDENCE).length });
    undoButton.disabled = busy || history.past.length === 0;
    redoButton.disabled = busy || history.future.length === 0;
    acceptButton.disabled = busy;
  }

  async function accept() {
    const open = deps.project.current();
    busy = true;
    render();
    try {
      const result = await deps.client.call('alignment.accept', { handle: open?.handle, zh: proposal.zh, en: proposal.en, beads: [...history.beads] });
      if (result.project) deps.project.show(result.project);
      deps.workbench.notify(t(ALIGN_TEXT.accepted, { translated: result.translated, memory: result.addedToMemory }) + (result.kept ? ' ' + t(ALIGN_TEXT.keptConfirmed, { kept: result.kept }) : ''));
      deps.close();
    } catch (error) {
      deps.workbench.showError(error);
      busy = false;
      render();
    }
  }

  const onKey = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'z' && !event.shiftKey) edit('undo');
    else if (mod && (event.key.toLowerCase() === 'y' || (event.key.toLowerCase() === 'z' && event.shiftKey))) edit('redo');
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      selected = Math.max(0, Math.min(history.beads.length - 1, selected + (event.key === 'ArrowDown' ? 1 : -1)));
      render();
      rows.querySelector('.dz-align-selected')?.scrollIntoView({ block: 'nearest' });
    } else return;
    event.preventDefault();
  };
  root.addEventListener('keydown', onKey);
  render();
  root.focus();
  return () => root.removeEventListener('keydown', onKey);
}
