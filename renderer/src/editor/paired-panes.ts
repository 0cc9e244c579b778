import { monaco, monacoThemeFor } from './monaco';
import { paragraphEnds, type Row } from './row-model';
import { confineEdit, crossesRowBoundary, rowsAfterChanges, spansRows, type GuardedKey, type TextEdit } from './edit-guard';
import { computePadding, diffSpacers, type SpacerChanges } from './padding';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../../main/document/types';

/** Space between paragraphs, px, in both panes. */
const PARAGRAPH_GAP = 14;
/**
 * The source pane wraps by columns ('simple' strategy: a full-width character is two columns), which
 * is exact with a CJK monospace font and never overflows with a proportional one (CJK glyphs are
 * narrower than two Latin columns). Measuring every line in the DOM ('advanced') made opening a
 * 1,000-segment article take seconds.
 */
const CJK_FONTS = '"Noto Sans Mono CJK SC", "Sarasa Mono SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", monospace';
const LATIN_FONTS = '"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", sans-serif';

export interface PanesListener {
  /** The translator changed a row's text (after the edit guard). */
  rowTextChanged(row: number, text: string): void;
  activeRowChanged(row: number): void;
}

/** A highlighted span in one row, with what its hover shows (Markdown). */
export interface RowSpan {
  row: number;
  /** 0-based offsets in the row's text. */
  start: number;
  end: number;
  className: string;
  hover?: string[];
}

interface Spacer {
  id: string;
  height: number;
  zone: monaco.editor.IViewZone;
}

type Side = 'left' | 'right';

/**
 * The two Monaco editors side by side: the cleaned source (read-only) on the left and the translation
 * on the right, one segment per line. Keeps the row mapping (edit guard), the rows aligned (spacers as
 * view zones), the scrolling in sync, and draws statuses, the active row, dimmed rows and term spans.
 */
export class PairedPanes {
  readonly source: monaco.editor.IStandaloneCodeEditor;
  readonly target: monaco.editor.IStandaloneCodeEditor;
  private readonly sourceModel: monaco.editor.ITextModel;
  private readonly targetModel: monaco.editor.ITextModel;
  private rows: Row[] = [];
  /** The translation text per row as the guard last accepted it: the truth the model is checked against. */
  private targetLines: string[] = [];
  private readonly spacers: Record<Side, Map<number, Spacer>> = { left: new Map(), right: new Map() };
  private readonly decorations: {
    status: monaco.editor.IEditorDecorationsCollection;
    dimLeft: monaco.editor.IEditorDecorationsCollection;
    dimRight: monaco.editor.IEditorDecorationsCollection;
    activeLeft: monaco.editor.IEditorDecorationsCollection;
    activeRight: monaco.editor.IEditorDecorationsCollection;
    terms: monaco.editor.IEditorDecorationsCollection;
    flags: monaco.editor.IEditorDecorationsCollection;
    findLeft: monaco.editor.IEditorDecorationsCollection;
    findRight: monaco.editor.IEditorDecorationsCollection;
  };
  private readonly disposables: monaco.IDisposable[] = [];
  private active = 0;
  private syncingScroll = false;
  private repairing = false;
  private paddingFrame = 0;
  private applyingSpacers = false;
  private statusLabels: (status: SegmentStatus) => string = (s) => s;
  private showOriginal = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly listener: PanesListener,
    theme: 'light' | 'dark',
    /** The rows to show first (and their status labels): the models are created with their text, so
     * Monaco lays the rows out once as it attaches them, not for empty models and again on setValue. */
    initial: { rows: Row[]; statusLabels?: (status: SegmentStatus) => string } = { rows: [] },
  ) {
    const initialRows = initial.rows;
    if (initial.statusLabels) this.statusLabels = initial.statusLabels;
    const leftHost = document.createElement('div');
    leftHost.className = 'dz-pane dz-pane-source';
    const rightHost = document.createElement('div');
    rightHost.className = 'dz-pane dz-pane-target';
    container.append(leftHost, rightHost);

    const common: monaco.editor.IStandaloneEditorConstructionOptions = {
      theme: monacoThemeFor(theme),
      automaticLayout: true,
      wordWrap: 'on',
      wrappingStrategy: 'advanced',
      wrappingIndent: 'none',
      minimap: { enabled: false },
      folding: false,
      lineNumbers: 'on',
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 6,
      renderLineHighlight: 'none',
      scrollBeyondLastLine: true,
      overviewRulerLanes: 0,
      hideCursorInOverviewRuler: true,
      scrollbar: { vertical: 'auto', horizontal: 'hidden', alwaysConsumeMouseWheel: true },
      fontSize: 15,
      lineHeight: 26,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      renderWhitespace: 'none',
      contextmenu: true,
      dragAndDrop: false,
      dropIntoEditor: { enabled: false },
      emptySelectionClipboard: false,
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      links: false,
      stickyScroll: { enabled: false },
      accessibilitySupport: 'off',
      padding: { top: 8 },
    };

    this.rows = initialRows.map((r) => ({ ...r }));
    this.targetLines = initialRows.map((r) => r.target);
    this.sourceModel = monaco.editor.createModel(this.sourceLines().join('\n'), 'plaintext');
    this.targetModel = monaco.editor.createModel(this.targetLines.join('\n'), 'plaintext');
    this.targetModel.setEOL(monaco.editor.EndOfLineSequence.LF);
    this.source = monaco.editor.create(leftHost, {
      ...common,
      model: this.sourceModel,
      readOnly: true,
      fontFamily: CJK_FONTS,
      wrappingStrategy: 'simple',
      glyphMargin: false,
      ariaLabel: 'Source',
    });
    this.target = monaco.editor.create(rightHost, {
      ...common,
      model: this.targetModel,
      fontFamily: LATIN_FONTS,
      glyphMargin: true,
      ariaLabel: 'Translation',
    });

    this.decorations = {
      status: this.target.createDecorationsCollection(),
      dimLeft: this.source.createDecorationsCollection(),
      dimRight: this.target.createDecorationsCollection(),
      activeLeft: this.source.createDecorationsCollection(),
      activeRight: this.target.createDecorationsCollection(),
      terms: this.source.createDecorationsCollection(),
      flags: this.target.createDecorationsCollection(),
      findLeft: this.source.createDecorationsCollection(),
      findRight: this.target.createDecorationsCollection(),
    };

    this.wireGuard(rightHost);
    this.wireSync();
    if (initialRows.length > 0) this.drawRows();
  }

  /** Shows a project's rows; the translation pane's undo history starts afresh. */
  setRows(rows: Row[]): void {
    this.rows = rows.map((r) => ({ ...r }));
    this.targetLines = rows.map((r) => r.target);
    this.repairing = true;
    this.sourceModel.setValue(this.sourceLines().join('\n'));
    this.targetModel.setValue(this.targetLines.join('\n'));
    this.repairing = false;
    this.removeSpacers('left');
    this.removeSpacers('right');
    this.drawRows();
  }

  /** Statuses, dimmed rows, the active row and the spacers for the rows the models hold. */
  private drawRows(): void {
    this.renderStatuses();
    this.renderDimmed();
    this.setActiveRow(Math.min(this.active, Math.max(this.rows.length - 1, 0)), false);
    this.updatePaddingNow();
  }

  rowCount(): number {
    return this.rows.length;
  }

  rowText(row: number): string {
    return this.targetLines[row] ?? '';
  }

  /** Left pane shows the cleaned text (default) or the text as it was in the file. */
  setShowOriginal(show: boolean, originals: string[]): void {
    this.showOriginal = show;
    this.originals = originals;
    const scrollTop = this.target.getScrollTop();
    this.sourceModel.setValue(this.sourceLines().join('\n'));
    // New text, new wrapping: rebuild the source spacers from scratch.
    this.removeSpacers('left');
    this.renderDimmed();
    this.setActiveRow(this.active, false);
    this.updatePaddingNow();
    this.source.setScrollTop(scrollTop);
  }

  private removeSpacers(side: Side): void {
    const editor = side === 'left' ? this.source : this.target;
    this.applyingSpacers = true;
    try {
      editor.changeViewZones((accessor) => {
        for (const spacer of this.spacers[side].values()) accessor.removeZone(spacer.id);
      });
    } finally {
      this.applyingSpacers = false;
    }
    this.spacers[side].clear();
  }

  isShowingOriginal(): boolean {
    return this.showOriginal;
  }

  private originals: string[] = [];

  private sourceLines(): string[] {
    return this.rows.map((r, i) => (this.showOriginal ? (this.originals[i] ?? r.source).replace(/[\r\n]+/g, ' ') : r.source));
  }

  setStatusLabels(labels: (status: SegmentStatus) => string): void {
    const same = SEGMENT_STATUSES.every((status) => labels(status) === this.statusLabels(status));
    this.statusLabels = labels;
    // 1,000 rows of gutter decorations: redrawn only when a label really changed (UI language).
    if (!same) this.renderStatuses();
  }

  setRowStatus(row: number, status: SegmentStatus): void {
    const r = this.rows[row];
    if (!r || r.status === status) return;
    r.status = status;
    this.renderStatuses();
  }

  setTheme(theme: 'light' | 'dark'): void {
    monaco.editor.setTheme(monacoThemeFor(theme));
  }

  activeRow(): number {
    return this.active;
  }

  /** Highlights a row in both panes; with `moveCursor`, puts the translation cursor at its end and reveals it. */
  setActiveRow(row: number, moveCursor: boolean): void {
    if (this.rows.length === 0) return;
    const clamped = Math.max(0, Math.min(row, this.rows.length - 1));
    const changed = clamped !== this.active;
    this.active = clamped;
    const line = clamped + 1;
    const decoration = [{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'dz-row-active', linesDecorationsClassName: 'dz-row-active-mark' } }];
    this.decorations.activeLeft.set(decoration);
    this.decorations.activeRight.set(decoration);
    if (moveCursor) {
      const column = this.targetModel.getLineMaxColumn(line);
      this.target.setPosition({ lineNumber: line, column });
      this.target.revealLineInCenterIfOutsideViewport(line);
    }
    if (changed) this.listener.activeRowChanged(clamped);
  }

  focusTarget(): void {
    this.target.focus();
  }

  /** Replaces the translation of a row (e.g. from a glossary or memory), as one undoable edit. */
  replaceRowText(row: number, text: string): void {
    const line = row + 1;
    this.targetModel.pushEditOperations(
      this.target.getSelections() ?? [],
      [{ range: new monaco.Range(line, 1, line, this.targetModel.getLineMaxColumn(line)), text }],
      () => null,
    );
  }

  /** Inserts text at the translation cursor (replacing the selection), keeping the row mapping. */
  insertAtCursor(text: string): void {
    const selection = this.target.getSelection();
    if (!selection) return;
    const confined = confineEdit(this.targetLines, { range: selection, text });
    this.target.executeEdits('duizhao', [{ range: confined.range, text: confined.text, forceMoveMarkers: true }]);
    this.target.focus();
  }

  selectedText(side: Side): string {
    const editor = side === 'left' ? this.source : this.target;
    const model = side === 'left' ? this.sourceModel : this.targetModel;
    const selection = editor.getSelection();
    return selection && !selection.isEmpty() ? model.getValueInRange(selection).replace(/\n/g, ' ') : '';
  }

  /** Glossary terms in the source pane, with their hovers. */
  setTermSpans(spans: RowSpan[]): void {
    this.decorations.terms.set(spans.map((s) => this.spanDecoration(s)));
  }

  /** Glossary flags in the translation pane (forbidden renderings used). */
  setFlagSpans(spans: RowSpan[]): void {
    this.decorations.flags.set(spans.map((s) => this.spanDecoration(s)));
  }

  setFindSpans(left: RowSpan[], right: RowSpan[]): void {
    this.decorations.findLeft.set(left.map((s) => this.spanDecoration(s)));
    this.decorations.findRight.set(right.map((s) => this.spanDecoration(s)));
  }

  /** Reveals a span and selects it in its pane. */
  revealSpan(side: Side, span: { row: number; start: number; end: number }): void {
    const editor = side === 'left' ? this.source : this.target;
    const range = new monaco.Range(span.row + 1, span.start + 1, span.row + 1, span.end + 1);
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range);
    this.setActiveRow(span.row, false);
  }

  /** Pixel top of a row in a pane, relative to the pane's scroll position (used by tests and the bench). */
  rowTop(side: Side, row: number): number {
    const editor = side === 'left' ? this.source : this.target;
    return editor.getTopForLineNumber(row + 1) - editor.getScrollTop();
  }

  dispose(): void {
    cancelAnimationFrame(this.paddingFrame);
    for (const d of this.disposables) d.dispose();
    this.source.dispose();
    this.target.dispose();
    this.sourceModel.dispose();
    this.targetModel.dispose();
    this.container.replaceChildren();
  }

  private spanDecoration(span: RowSpan): monaco.editor.IModelDeltaDecoration {
    return {
      range: new monaco.Range(span.row + 1, span.start + 1, span.row + 1, span.end + 1),
      options: {
        inlineClassName: span.className,
        hoverMessage: span.hover?.map((value) => ({ value, supportHtml: false, isTrusted: false })),
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    };
  }

  private renderStatuses(): void {
    this.decorations.status.set(
      this.rows.map((row, i) => ({
        range: new monaco.Range(i + 1, 1, i + 1, 1),
        options: {
          glyphMarginClassName: `dz-status dz-status-${row.status}`,
          glyphMarginHoverMessage: { value: this.statusLabels(row.status) },
        },
      })),
    );
  }

  private renderDimmed(): void {
    const left: monaco.editor.IModelDeltaDecoration[] = [];
    const right: monaco.editor.IModelDeltaDecoration[] = [];
    this.rows.forEach((row, i) => {
      const line = i + 1;
      if (row.kind === 'headline') {
        left.push({ range: new monaco.Range(line, 1, line, this.sourceModel.getLineMaxColumn(line)), options: { inlineClassName: 'dz-text-headline' } });
        return;
      }
      if (row.kind === 'body') return;
      // Chrome, captions, datelines...: a tinted row with softer text in both panes.
      const whole = { isWholeLine: true, className: `dz-row-dim dz-kind-${row.kind}` };
      left.push({ range: new monaco.Range(line, 1, line, this.sourceModel.getLineMaxColumn(line)), options: { ...whole, inlineClassName: 'dz-text-dim' } });
      right.push({ range: new monaco.Range(line, 1, line, this.targetModel.getLineMaxColumn(line)), options: { ...whole, inlineClassName: 'dz-text-dim', stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges } });
    });
    this.decorations.dimLeft.set(left);
    this.decorations.dimRight.set(right);
  }

  /**
   * Every path that could break the one-segment-per-line mapping: Enter is a command (confirm), Backspace
   * at a row start and Delete at a row end do nothing, pasted text is flattened and confined to its row,
   * cut across rows keeps the first row's part, and anything else that slips through (drag, multi-cursor)
   * is undone and re-applied confined.
   */
  private wireGuard(host: HTMLElement): void {
    this.disposables.push(
      this.target.onKeyDown((event) => {
        const key = event.browserEvent.key;
        if (key !== 'Backspace' && key !== 'Delete' && key !== 'Enter') return;
        const selections = this.target.getSelections() ?? [];
        if (key !== 'Enter' && selections.some((s) => spansRows(s))) {
          // Deleting a selection across rows deletes only within the first row.
          event.preventDefault();
          event.stopPropagation();
          this.target.executeEdits(
            'duizhao',
            selections.map((s) => confineEdit(this.targetLines, { range: s, text: '' })),
          );
          return;
        }
        if (crossesRowBoundary(key as GuardedKey, this.targetLines, selections)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }),
    );

    host.addEventListener(
      'paste',
      (event) => {
        const text = event.clipboardData?.getData('text/plain');
        if (text === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        const selections = this.target.getSelections() ?? [];
        this.target.executeEdits(
          'paste',
          selections.map((s) => {
            const edit = confineEdit(this.targetLines, { range: s, text });
            return { range: edit.range, text: edit.text, forceMoveMarkers: true };
          }),
        );
        this.target.pushUndoStop();
      },
      true,
    );

    // Cut of a selection across rows: like Delete, only the part in the first row goes (and is copied).
    host.addEventListener(
      'cut',
      (event) => {
        const selections = this.target.getSelections() ?? [];
        if (!selections.some((s) => spansRows(s))) return;
        event.preventDefault();
        event.stopPropagation();
        const edits = selections.map((s) => confineEdit(this.targetLines, { range: s, text: '' }));
        event.clipboardData?.setData('text/plain', edits.map((e) => this.targetModel.getValueInRange(e.range)).join(' '));
        this.target.executeEdits('cut', edits.map((e) => ({ range: e.range, text: '', forceMoveMarkers: true })));
        this.target.pushUndoStop();
      },
      true,
    );

    this.disposables.push(
      this.targetModel.onDidChangeContent((event) => {
        if (this.repairing) return;
        const changes: TextEdit[] = event.changes.map((c) => ({ range: c.range, text: c.text }));
        const { rows, changedRows } = rowsAfterChanges(this.targetLines, changes);
        const modelIsConsistent = this.targetModel.getLineCount() === rows.length && changedRows.every((i) => this.targetModel.getLineContent(i + 1) === rows[i]);
        if (!modelIsConsistent) {
          this.repair(event, changes);
          return;
        }
        this.targetLines = rows;
        for (const row of changedRows) this.listener.rowTextChanged(row, rows[row]!);
        this.schedulePadding();
      }),
    );
  }

  /** Undoes an edit that crossed rows and applies it again confined to its row. */
  private repair(event: monaco.editor.IModelContentChangedEvent, changes: TextEdit[]): void {
    queueMicrotask(() => {
      this.repairing = true;
      try {
        if (!event.isUndoing && !event.isRedoing) this.targetModel.undo();
        if (this.targetModel.getValue() !== this.targetLines.join('\n')) {
          // Undo could not restore the rows (the edit came from undo/redo itself): put the rows back.
          this.targetModel.applyEdits([{ range: this.targetModel.getFullModelRange(), text: this.targetLines.join('\n') }]);
        }
      } finally {
        this.repairing = false;
      }
      const confined = changes.map((c) => confineEdit(this.targetLines, c));
      this.targetModel.pushEditOperations(this.target.getSelections() ?? [], confined.map((c) => ({ range: c.range, text: c.text })), () => null);
    });
  }

  private wireSync(): void {
    const follow = (from: monaco.editor.IStandaloneCodeEditor, to: monaco.editor.IStandaloneCodeEditor) =>
      from.onDidScrollChange((event) => {
        if (!event.scrollTopChanged || this.syncingScroll) return;
        this.syncingScroll = true;
        to.setScrollTop(from.getScrollTop());
        this.syncingScroll = false;
      });
    this.disposables.push(follow(this.source, this.target), follow(this.target, this.source));

    this.disposables.push(
      this.target.onDidChangeCursorPosition((event) => {
        this.setActiveRow(event.position.lineNumber - 1, false);
      }),
      this.source.onDidChangeCursorPosition((event) => {
        if (!this.source.hasTextFocus()) return;
        this.setActiveRow(event.position.lineNumber - 1, false);
      }),
      // Re-wrap after width or font changes.
      this.source.onDidLayoutChange(() => this.schedulePadding()),
      this.target.onDidLayoutChange(() => this.schedulePadding()),
      this.source.onDidChangeConfiguration(() => this.schedulePadding()),
      // Not for our own spacers (they are the padding), nor for a width-only change (Monaco measures the
      // longest line after its first render): that would measure 2,000 rows again for nothing.
      this.target.onDidContentSizeChange((event) => {
        if (event.contentHeightChanged && !this.applyingSpacers) this.schedulePadding();
      }),
    );
    // A font arriving late changes wrapping. Only a font face the text uses: the panes' fonts are local
    // (measured as Monaco creates the editors), and remeasuring for Monaco's icon font alone would
    // re-measure both fonts and re-wrap every row once more while the project opens.
    const fonts = document.fonts;
    if (fonts) {
      const loaded = (event: FontFaceSetLoadEvent) => {
        if (!event.fontfaces.some((face) => !/codicon/i.test(face.family))) return;
        monaco.editor.remeasureFonts();
        this.schedulePadding();
      };
      fonts.addEventListener('loadingdone', loaded);
      this.disposables.push({ dispose: () => fonts.removeEventListener('loadingdone', loaded) });
    }
  }

  private schedulePadding(): void {
    if (this.paddingFrame) return;
    this.paddingFrame = requestAnimationFrame(() => {
      this.paddingFrame = 0;
      this.updatePaddingNow();
    });
  }

  /** Measures each row's wrapped height in both panes and sets the spacers so rows line up. */
  updatePaddingNow(): void {
    const n = this.rows.length;
    if (n === 0 || this.sourceModel.getLineCount() !== n || this.targetModel.getLineCount() !== n) return;
    const heights = (editor: monaco.editor.IStandaloneCodeEditor) => {
      const result: number[] = new Array(n);
      for (let line = 1; line <= n; line++) result[line - 1] = editor.getBottomForLineNumber(line) - editor.getTopForLineNumber(line);
      return result;
    };
    const scrollTop = this.target.getScrollTop();
    const padding = computePadding(heights(this.source), heights(this.target), paragraphEnds(this.rows), PARAGRAPH_GAP);
    const gaps = paragraphEnds(this.rows);
    this.applySpacers('left', this.source, padding.left, gaps);
    this.applySpacers('right', this.target, padding.right, gaps);
    if (this.source.getScrollTop() !== scrollTop) this.source.setScrollTop(scrollTop);
  }

  private applySpacers(side: Side, editor: monaco.editor.IStandaloneCodeEditor, wanted: number[], gaps: boolean[]): void {
    const existing = this.spacers[side];
    const current = new Map([...existing].map(([row, spacer]) => [row, spacer.height]));
    const changes = diffSpacers(current, wanted);
    if (changes.add.length + changes.remove.length + changes.resize.length === 0) return;
    this.applyingSpacers = true;
    try {
      this.changeSpacers(editor, existing, changes, gaps);
    } finally {
      this.applyingSpacers = false;
    }
  }

  private changeSpacers(editor: monaco.editor.IStandaloneCodeEditor, existing: Map<number, Spacer>, changes: SpacerChanges, gaps: boolean[]): void {
    editor.changeViewZones((accessor) => {
      for (const row of changes.remove) {
        accessor.removeZone(existing.get(row)!.id);
        existing.delete(row);
      }
      for (const { row, height } of changes.resize) {
        const spacer = existing.get(row)!;
        spacer.height = height;
        spacer.zone.heightInPx = height;
        styleSpacer(spacer.zone.domNode, gaps[row] ?? false);
        accessor.layoutZone(spacer.id);
      }
      for (const { row, height } of changes.add) {
        const domNode = document.createElement('div');
        styleSpacer(domNode, gaps[row] ?? false);
        const zone: monaco.editor.IViewZone = { afterLineNumber: row + 1, heightInPx: height, domNode, suppressMouseDown: true };
        existing.set(row, { id: accessor.addZone(zone), height, zone });
      }
    });
  }
}

function styleSpacer(node: HTMLElement, paragraphBreak: boolean): void {
  node.className = paragraphBreak ? 'dz-spacer dz-spacer-paragraph' : 'dz-spacer';
}
