import type { LocalizedText } from '../i18n/localized';

/**
 * Where a view lives:
 * - side: a tab in the right-hand side bar next to the panes (terms of the segment, glossary, TM matches);
 * - dialog: a modal over the editor (add term, export, shortcuts);
 * - main: replaces the paired panes until closed (alignment review, team conflicts).
 */
export type ViewLocation = 'side' | 'dialog' | 'main';

/** What a view gets when it is shown. */
export interface ViewHost {
  /** Close this view (dialogs and main views; side tabs just switch away). */
  close(): void;
  /** Retitle the dialog or main view. */
  setTitle(title: string): void;
}

export interface ViewContribution {
  id: string;
  title: LocalizedText;
  location: ViewLocation;
  /** Side tabs only: order in the side bar, lower first. */
  order?: number;
  /**
   * Builds the view's DOM inside `container`. `args` is what `workbench.openView(id, args)` passed.
   * Returns a disposer that runs when the view is closed or re-rendered (language change).
   */
  render(container: HTMLElement, host: ViewHost, args?: unknown): void | (() => void);
}

/** Every side panel, dialog and main view the UI knows; the workbench shows them by id. */
export class ViewRegistry {
  private readonly views = new Map<string, ViewContribution>();
  private readonly listeners = new Set<() => void>();

  register(view: ViewContribution): () => void {
    if (this.views.has(view.id)) throw new Error(`View "${view.id}" is registered twice.`);
    this.views.set(view.id, view);
    this.changed();
    return () => {
      this.views.delete(view.id);
      this.changed();
    };
  }

  get(id: string): ViewContribution | undefined {
    return this.views.get(id);
  }

  list(location: ViewLocation): ViewContribution[] {
    return [...this.views.values()].filter((v) => v.location === location).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
