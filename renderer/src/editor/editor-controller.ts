import type { ApiClient } from '../api/client';
import type { OpenProject } from '../../../main/api/contract/project';
import type { SegmentStatus } from '../../../main/document/types';
import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import { el } from '../dom';
import { PairedPanes, type RowSpan } from './paired-panes';
import { adjacentRow, nextUnconfirmedRow, progressOf, rowsFromSegments, statusAfterEdit, type Row } from './row-model';
import { SegmentSaver, type SaveState } from './segment-saver';

/** What else wants to know about the editor (glossary, find, status bar, extensions). */
export interface EditorEvents {
  activeRowChanged(row: number): void;
  rowTextChanged(row: number, text: string): void;
  saveStateChanged(state: SaveState): void;
  /** The left pane switched between cleaned and original text (source decorations must be redrawn). */
  sourceTextChanged(showingOriginal: boolean): void;
}

/**
 * One open project in the paired panes: turns edits into segment updates (status, autosave through
 * `project.updateSegment`), confirmation and navigation. The panes know Monaco; this knows the project.
 */
export class EditorController {
  readonly panes: PairedPanes;
  readonly root: HTMLElement;
  private rows: Row[];
  private readonly saver: SegmentSaver;
  private readonly sourceLabel: HTMLElement;
  /** Rows whose next text change comes from `replaceRowText`, not the keyboard. */
  private readonly nextOrigin = new Map<number, 'memory'>();
  private readonly targetLabel: HTMLElement;
  private readonly originalToggle: HTMLInputElement;
  private readonly listeners = new Set<Partial<EditorEvents>>();
  saveState: SaveState = { kind: 'saved' };

  constructor(
    private open: OpenProject,
    private readonly client: ApiClient,
    private readonly i18n: I18n,
    private readonly workbench: Workbench,
    theme: 'light' | 'dark',
    /** Where the editor goes. It is attached before Monaco is created: in a detached element Monaco
     * sees a zero width and wraps every row at one column, then wraps it all again once attached. */
    mountIn: HTMLElement,
  ) {
    this.rows = rowsFromSegments(open.project.segments);
    this.sourceLabel = el('span', { class: 'dz-pane-title' });
    this.targetLabel = el('span', { class: 'dz-pane-title' });
    this.originalToggle = el('input', { type: 'checkbox', class: 'dz-original-toggle' });
    const toggleLabel = el('label', { class: 'dz-original-switch' }, this.originalToggle, el('span', { class: 'dz-original-switch-text' }));
    this.originalToggle.addEventListener('change', () => {
      this.setShowOriginal(this.originalToggle.checked);
      // Back to typing: a space must go to the translation, not toggle the box again.
      this.panes.focusTarget();
    });
    const panesHost = el('div', { class: 'dz-panes' });
    this.root = el(
      'div',
      { class: 'dz-editor' },
      el('div', { class: 'dz-pane-headers' }, el('div', { class: 'dz-pane-header' }, this.sourceLabel, toggleLabel), el('div', { class: 'dz-pane-header' }, this.targetLabel)),
      panesHost,
    );
    mountIn.appendChild(this.root);
    this.panes = new PairedPanes(
      panesHost,
      {
        rowTextChanged: (row, text) => this.onRowTextChanged(row, text),
        activeRowChanged: (row) => this.emit('activeRowChanged', row),
      },
      theme,
      // The rows (with the status labels: the gutter of 1,000 rows is drawn once) as Monaco is created.
      { rows: this.rows, statusLabels: this.statusLabels },
    );
    this.saver = new SegmentSaver(
      async (segmentId, patch) => {
        await this.client.call('project.updateSegment', { handle: this.open.handle, segmentId, ...patch });
      },
      (state) => {
        this.saveState = state;
        this.emit('saveStateChanged', state);
      },
    );
    // The same status labels as the panes were given: no second drawing of the gutter.
    this.applyLanguage();
    i18n.onChange(() => this.applyLanguage());
    const first = nextUnconfirmedRow(this.rows, -1) ?? 0;
    this.panes.setActiveRow(first, true);
  }

  get project(): OpenProject {
    return this.open;
  }

  /** After the service returned a newer copy (reload, alignment filled rows): shows it. */
  replaceProject(open: OpenProject): void {
    this.open = open;
    this.rows = rowsFromSegments(open.project.segments);
    const active = this.panes.activeRow();
    this.panes.setRows(this.rows);
    if (this.panes.isShowingOriginal()) {
      this.panes.setShowOriginal(true, this.originals());
      this.emit('sourceTextChanged', true);
    }
    this.panes.setActiveRow(active, true);
  }

  on(listener: Partial<EditorEvents>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getRows(): readonly Row[] {
    return this.rows;
  }

  activeRow(): number {
    return this.panes.activeRow();
  }

  activeSegmentId(): string | undefined {
    return this.rows[this.panes.activeRow()]?.segmentId;
  }

  progress() {
    return progressOf(this.rows);
  }

  /** Ctrl+Enter / Enter: the active segment becomes translated; the cursor goes to the next unconfirmed one. */
  async confirmActive(status: SegmentStatus = 'translated'): Promise<void> {
    const rowIndex = this.panes.activeRow();
    const row = this.rows[rowIndex];
    if (!row) return;
    if (row.target.trim() !== '') {
      this.setStatus(rowIndex, status);
      this.saver.queue(row.segmentId, { target: row.target, status });
    }
    const flushing = this.saver.flush(row.segmentId);
    const next = nextUnconfirmedRow(this.rows, rowIndex);
    if (next === undefined) this.workbench.notify(this.i18n.t('editor.allConfirmed'));
    else this.panes.setActiveRow(next, true);
    this.panes.focusTarget();
    await flushing;
  }

  move(direction: 1 | -1): void {
    this.panes.setActiveRow(adjacentRow(this.rows, this.panes.activeRow(), direction), true);
    this.panes.focusTarget();
  }

  goToNextUnconfirmed(): void {
    const next = nextUnconfirmedRow(this.rows, this.panes.activeRow());
    if (next === undefined) this.workbench.notify(this.i18n.t('editor.allConfirmed'));
    else this.panes.setActiveRow(next, true);
    this.panes.focusTarget();
  }

  goToSegment(segmentId: string): void {
    const index = this.rows.findIndex((r) => r.segmentId === segmentId);
    if (index >= 0) {
      this.panes.setActiveRow(index, true);
      this.panes.focusTarget();
    }
  }

  setSourceTerms(spans: RowSpan[]): void {
    this.panes.setTermSpans(spans);
  }

  setShowOriginal(show: boolean): void {
    this.originalToggle.checked = show;
    this.panes.setShowOriginal(show, this.originals());
    this.sourceLabel.textContent = this.i18n.t(show ? 'editor.sourcePaneOriginal' : 'editor.sourcePane');
    this.emit('sourceTextChanged', show);
  }

  isShowingOriginal(): boolean {
    return this.panes.isShowingOriginal();
  }

  /** The rows as the panes show them: the left side is the original text while that is shown. */
  shownRows(): Array<{ source: string; target: string }> {
    const sources = this.isShowingOriginal() ? this.originals() : this.rows.map((r) => r.source);
    return this.rows.map((row, index) => ({ source: sources[index]!, target: row.target }));
  }

  async flush(): Promise<void> {
    await this.saver.flushAll();
  }

  hasUnsaved(): boolean {
    return this.saver.hasUnsaved();
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.panes.setTheme(theme);
  }

  dispose(): void {
    void this.saver.flushAll();
    this.panes.dispose();
    this.root.remove();
  }

  private originals(): string[] {
    const byId = new Map(this.open.project.segments.map((s) => [s.id, s.original]));
    return this.rows.map((r) => byId.get(r.segmentId) ?? r.source);
  }

  private setStatus(rowIndex: number, status: SegmentStatus): void {
    const row = this.rows[rowIndex]!;
    row.status = status;
    this.panes.setRowStatus(rowIndex, status);
    const segment = this.open.project.segments.find((s) => s.id === row.segmentId);
    if (segment) segment.status = status;
  }

  /** Replaces a row's translation with text from elsewhere (a memory match), recording where it came from. */
  replaceRowText(rowIndex: number, text: string, origin: 'memory'): void {
    this.nextOrigin.set(rowIndex, origin);
    try {
      this.panes.replaceRowText(rowIndex, text);
    } finally {
      this.nextOrigin.delete(rowIndex);
    }
  }

  private onRowTextChanged(rowIndex: number, text: string): void {
    const row = this.rows[rowIndex];
    if (!row) return;
    const origin = this.nextOrigin.get(rowIndex) ?? 'typed';
    const status = statusAfterEdit(row.status, row.target, text);
    row.target = text;
    const segment = this.open.project.segments.find((s) => s.id === row.segmentId);
    if (segment) segment.target = text;
    if (status !== row.status) this.setStatus(rowIndex, status);
    this.saver.queue(row.segmentId, { target: text, status, origin });
    this.emit('rowTextChanged', rowIndex, text);
  }

  private applyLanguage(): void {
    this.sourceLabel.textContent = this.i18n.t(this.panes.isShowingOriginal() ? 'editor.sourcePaneOriginal' : 'editor.sourcePane');
    this.targetLabel.textContent = this.i18n.t('editor.targetPane');
    const text = this.root.querySelector('.dz-original-switch-text');
    if (text) text.textContent = this.i18n.t('original.original');
    this.panes.setStatusLabels(this.statusLabels);
  }

  private readonly statusLabels = (status: SegmentStatus): string => this.i18n.t(`editor.status.${status}`);

  private emit<K extends keyof EditorEvents>(name: K, ...args: Parameters<EditorEvents[K]>): void {
    for (const listener of this.listeners) (listener[name] as ((...a: unknown[]) => void) | undefined)?.(...args);
  }
}

