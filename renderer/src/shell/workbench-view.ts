import { el, clear } from '../dom';
import type { I18n } from '../i18n';
import type { ViewRegistry, ViewContribution } from './views';
import type { Workbench } from './extension';
import { describeError } from './errors';

/**
 * The frame of the window: menu bar, main area (start screen, editor or a main view), side bar with
 * tabs, status bar, dialogs and notifications. Views come from the ViewRegistry by id.
 */
export class WorkbenchView implements Workbench {
  readonly root: HTMLElement;
  readonly menubar: HTMLElement;
  readonly main: HTMLElement;
  readonly statusbar: HTMLElement;
  private readonly content: HTMLElement;
  private readonly mainView: HTMLElement;
  private readonly sidebar: HTMLElement;
  private readonly sideTabs: HTMLElement;
  private readonly sideBody: HTMLElement;
  private readonly toasts: HTMLElement;
  private readonly dialogLayer: HTMLElement;
  private sideActive: string | undefined;
  private sideDispose: (() => void) | undefined;
  private readonly openDialogs = new Map<string, { node: HTMLElement; dispose?: () => void; previousFocus: Element | null }>();
  private mainDispose: (() => void) | undefined;
  private mainViewId: string | undefined;
  private sidebarEnabled = false;

  constructor(
    private readonly views: ViewRegistry,
    private readonly i18n: I18n,
  ) {
    this.menubar = el('nav', { class: 'dz-menubar', role: 'menubar' });
    this.main = el('section', { class: 'dz-main' });
    this.mainView = el('section', { class: 'dz-main-view', hidden: true });
    this.sideTabs = el('div', { class: 'dz-side-tabs', role: 'tablist' });
    this.sideBody = el('div', { class: 'dz-side-body' });
    this.sidebar = el('aside', { class: 'dz-sidebar', hidden: true }, this.sideTabs, this.sideBody);
    this.content = el('div', { class: 'dz-content' }, this.main, this.mainView, this.sidebar);
    this.statusbar = el('footer', { class: 'dz-statusbar' });
    this.toasts = el('div', { class: 'dz-toasts', 'aria-live': 'polite' });
    this.dialogLayer = el('div', { class: 'dz-dialog-layer' });
    this.root = el('div', { class: 'dz-workbench' }, this.menubar, this.content, this.statusbar, this.toasts, this.dialogLayer);
    views.onChange(() => this.renderSideTabs());
    i18n.onChange(() => this.rerender());
  }

  /** The side bar is shown while a project is open. */
  setSidebarEnabled(enabled: boolean): void {
    this.sidebarEnabled = enabled;
    this.sidebar.hidden = !enabled;
    if (enabled) {
      this.renderSideTabs();
      if (!this.sideActive) {
        const first = this.views.list('side')[0];
        if (first) this.showSide(first);
      }
    }
  }

  openView(id: string, args?: unknown): void {
    const view = this.views.get(id);
    if (!view) {
      this.notify(`Unknown view "${id}".`, 'error');
      return;
    }
    if (view.location === 'side') {
      if (!this.sidebarEnabled) this.setSidebarEnabled(true);
      this.showSide(view, args);
    } else if (view.location === 'dialog') this.showDialog(view, args);
    else this.showMain(view, args);
  }

  closeView(id: string): void {
    const dialog = this.openDialogs.get(id);
    if (dialog) {
      dialog.dispose?.();
      dialog.node.remove();
      this.openDialogs.delete(id);
      if (dialog.previousFocus instanceof HTMLElement) dialog.previousFocus.focus();
      return;
    }
    if (this.mainViewId === id) {
      this.mainDispose?.();
      this.mainDispose = undefined;
      this.mainViewId = undefined;
      clear(this.mainView);
      this.mainView.hidden = true;
      this.main.hidden = false;
      window.dispatchEvent(new Event('resize'));
    }
  }

  isDialogOpen(): boolean {
    return this.openDialogs.size > 0;
  }

  activeSideView(): string | undefined {
    return this.sideActive;
  }

  notify(message: string, kind: 'info' | 'error' = 'info'): void {
    const close = el('button', { class: 'dz-toast-close', 'aria-label': this.i18n.t('dialog.close'), onclick: () => toast.remove() }, '×');
    const toast = el('div', { class: `dz-toast dz-toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, el('span', {}, message), close);
    this.toasts.appendChild(toast);
    if (kind === 'info') setTimeout(() => toast.remove(), 4000);
  }

  showError(error: unknown): void {
    const { message, hint } = describeError(error);
    this.notify(hint ? `${message} ${hint}` : message, 'error');
  }

  private showSide(view: ViewContribution, args?: unknown): void {
    this.sideDispose?.();
    this.sideDispose = undefined;
    this.sideActive = view.id;
    clear(this.sideBody);
    const container = el('div', { class: `dz-side-view dz-view-${view.id.replace(/[^\w-]/g, '-')}` });
    this.sideBody.appendChild(container);
    const dispose = view.render(container, { close: () => undefined, setTitle: () => undefined }, args);
    this.sideDispose = typeof dispose === 'function' ? dispose : undefined;
    this.renderSideTabs();
  }

  private renderSideTabs(): void {
    clear(this.sideTabs);
    for (const view of this.views.list('side')) {
      this.sideTabs.appendChild(
        el(
          'button',
          { class: `dz-side-tab${view.id === this.sideActive ? ' active' : ''}`, role: 'tab', 'aria-selected': String(view.id === this.sideActive), 'data-view': view.id, onclick: () => this.openView(view.id) },
          this.i18n.text(view.title),
        ),
      );
    }
  }

  private showDialog(view: ViewContribution, args?: unknown): void {
    this.closeView(view.id);
    const title = el('h2', { class: 'dz-dialog-title', id: `dz-dialog-title-${view.id}` }, this.i18n.text(view.title));
    const body = el('div', { class: 'dz-dialog-body' });
    const closeButton = el('button', { class: 'dz-dialog-x', 'aria-label': this.i18n.t('dialog.close'), onclick: () => this.closeView(view.id) }, '×');
    const box = el('div', { class: 'dz-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `dz-dialog-title-${view.id}`, 'data-view': view.id }, el('header', {}, title, closeButton), body);
    const backdrop = el('div', { class: 'dz-backdrop' }, box);
    backdrop.addEventListener('mousedown', (event) => {
      if (event.target === backdrop) this.closeView(view.id);
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.closeView(view.id);
      }
    });
    const previousFocus = document.activeElement;
    this.dialogLayer.appendChild(backdrop);
    const dispose = view.render(body, { close: () => this.closeView(view.id), setTitle: (text) => (title.textContent = text) }, args);
    this.openDialogs.set(view.id, { node: backdrop, dispose: typeof dispose === 'function' ? dispose : undefined, previousFocus });
    const focusTarget = body.querySelector<HTMLElement>('[autofocus], input, textarea, select, button') ?? closeButton;
    focusTarget.focus();
  }

  private showMain(view: ViewContribution, args?: unknown): void {
    if (this.mainViewId) this.closeView(this.mainViewId);
    const title = el('h2', { class: 'dz-main-view-title' }, this.i18n.text(view.title));
    const body = el('div', { class: 'dz-main-view-body' });
    const back = el('button', { class: 'dz-button', onclick: () => this.closeView(view.id) }, this.i18n.t('dialog.close'));
    this.mainView.appendChild(el('header', { class: 'dz-main-view-header' }, title, back));
    this.mainView.appendChild(body);
    this.mainView.hidden = false;
    this.main.hidden = true;
    this.mainViewId = view.id;
    const dispose = view.render(body, { close: () => this.closeView(view.id), setTitle: (text) => (title.textContent = text) }, args);
    this.mainDispose = typeof dispose === 'function' ? dispose : undefined;
  }

  /** After a language change: rebuild what shows text (dialogs close; they are short-lived). */
  private rerender(): void {
    for (const id of [...this.openDialogs.keys()]) this.closeView(id);
    if (this.sideActive && this.sidebarEnabled) {
      const view = this.views.get(this.sideActive);
      if (view) this.showSide(view);
    }
    this.renderSideTabs();
    if (this.mainViewId) {
      const view = this.views.get(this.mainViewId);
      if (view) this.showMain(view);
    }
  }
}
