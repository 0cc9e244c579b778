import type { I18n } from '../i18n';
import type { EditorController } from '../editor/editor-controller';
import { el, clear } from '../dom';

/** The bottom line: progress, the active segment, save state, and slots extensions can fill. */
export class StatusBar {
  private readonly progress = el('span', { class: 'dz-status-progress', 'data-testid': 'progress' });
  private readonly meter = el('progress', { class: 'dz-status-meter', max: 100, value: 0 });
  private readonly segment = el('span', { class: 'dz-status-segment', 'data-testid': 'segment-info' });
  private readonly save = el('span', { class: 'dz-status-save', 'data-testid': 'save-state' });
  private readonly extra = el('span', { class: 'dz-status-extra' });
  private readonly items = new Map<string, HTMLElement>();
  private last: EditorController | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly i18n: I18n,
  ) {
    container.append(el('span', { class: 'dz-status-left' }, this.meter, this.progress, this.segment), el('span', { class: 'dz-status-right' }, this.extra, this.save));
    i18n.onChange(() => this.last && this.update(this.last));
  }

  /** A named slot on the right (e.g. "glossary" flags, "team" sync state); returns the element to fill. */
  item(id: string): HTMLElement {
    let node = this.items.get(id);
    if (!node) {
      node = el('span', { class: `dz-status-item dz-status-${id}` });
      this.items.set(id, node);
      this.extra.appendChild(node);
    }
    return node;
  }

  update(editor: EditorController): void {
    this.last = editor;
    this.container.classList.add('has-project');
    const progress = editor.progress();
    this.meter.value = progress.percent;
    this.progress.textContent = this.i18n.t('status.progress', { done: progress.done, total: progress.total, percent: progress.percent });
    const rowIndex = editor.activeRow();
    const row = editor.getRows()[rowIndex];
    this.segment.textContent = row
      ? this.i18n.t('status.segment', { n: rowIndex + 1, kind: this.i18n.t(`editor.kind.${row.kind}`), status: this.i18n.t(`editor.status.${row.status}`) })
      : '';
    const state = editor.saveState;
    this.save.dataset.state = state.kind;
    this.save.textContent =
      state.kind === 'saved' ? this.i18n.t('status.saved') : state.kind === 'saving' ? this.i18n.t('status.saving') : state.kind === 'pending' ? this.i18n.t('status.unsaved') : this.i18n.t('status.saveFailed', { message: state.message });
  }

  clear(): void {
    this.last = undefined;
    this.container.classList.remove('has-project');
    this.progress.textContent = '';
    this.segment.textContent = '';
    this.save.textContent = '';
    this.meter.value = 0;
    for (const node of this.items.values()) clear(node);
  }
}
