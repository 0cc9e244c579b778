import type { ApiClient } from '../api/client';
import type { OpenProject } from '../../../main/api/contract/project';
import type { I18n } from '../i18n';
import type { CommandRegistry } from './commands';
import type { ViewRegistry } from './views';

/** The frame around views: opens them, shows messages. */
export interface Workbench {
  /** Shows a registered view: a side tab, a modal dialog or a main view (see ViewLocation). */
  openView(id: string, args?: unknown): void;
  closeView(id: string): void;
  /** A short message in the corner (kind "error" stays until dismissed). */
  notify(message: string, kind?: 'info' | 'error'): void;
  /** Shows an API error (ApiCallError: message + hint) or any other error in a readable way. */
  showError(error: unknown): void;
}

/** The project open in this window, as views and commands see it. */
export interface ProjectSession {
  current(): OpenProject | undefined;
  onDidChange(listener: (project: OpenProject | undefined) => void): () => void;
  /** Id of the segment the translator is on. */
  activeSegmentId(): string | undefined;
  onDidChangeActiveSegment(listener: (segmentId: string | undefined) => void): () => void;
  /** Shows a project returned by the service (e.g. after alignment filled translations). */
  show(project: OpenProject): void;
  /** Re-reads the open project from the service (`project.get`) and refreshes the panes. */
  reload(): Promise<void>;
  /** Moves the cursor to a segment and reveals it. */
  goToSegment(segmentId: string): void;
  /**
   * Replaces the active row's translation (a translation memory match), as one undoable edit that is
   * saved like typing; the cursor goes to the row's end. False when no project is open.
   */
  replaceActiveTranslation(text: string): boolean;
  /** The text selected in the source pane, else in the translation pane ('' when none). */
  selectedText(): string;
}

export interface ExtensionContext {
  /** The typed API client (renderer/src/api/client.ts): the only way to reach services. */
  client: ApiClient;
  commands: CommandRegistry;
  views: ViewRegistry;
  i18n: I18n;
  workbench: Workbench;
  project: ProjectSession;
}

/**
 * A capability's UI: registers its commands (menus, palette, F1, Electron menu) and views (side
 * panels, dialogs, main views). Listed once in renderer/src/extensions.ts.
 */
export interface Extension {
  id: string;
  activate(context: ExtensionContext): void | (() => void);
}
