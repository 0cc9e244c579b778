import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DocumentSource } from '../api/contract/document';
import type { OpenProject, RecoverableProject } from '../api/contract/project';
import type { PreparedDocument } from '../document/types';
import { UserFacingError, describeError } from '../common/errors';
import type { SettingsStore } from '../settings/store';
import { withRecentProject } from '../settings/merge';
import { createProject, updateProjectDetails, updateSegment, type ProjectDetailsPatch, type SegmentPatch } from './model';
import { PROJECT_EXTENSION, type ProjectFileStore } from './file-store';
import type { AutosaveStore } from './autosave';
import { AutosaveTimer } from './autosave-timer';
import { serializeProject } from './codec';
import type { Project, ProjectSegment } from './schema';

/** Cancellation and progress for long work, as the dispatcher's CallContext provides them. */
export interface TaskContext {
  signal: AbortSignal;
  reportProgress(done: number, total: number, label: string): void;
}

/** Import + cleanup + segmentation (the pipeline's `prepareDocument`). */
export type PrepareDocument = (source: DocumentSource, task: TaskContext) => Promise<PreparedDocument>;

/** Fills a new project's translations from an existing English version (the aligner). */
export type AlignTranslation = (project: Project, translation: DocumentSource, task: TaskContext) => Promise<Project>;

export const DEFAULT_AUTOSAVE_DELAY_MS = 1000;

export interface ProjectSessionsDeps {
  files: ProjectFileStore;
  autosaves: AutosaveStore;
  settings: SettingsStore;
  prepareDocument: PrepareDocument;
  /** Absent until alignment is available: creating a project with a translation then says so. */
  alignTranslation?: AlignTranslation;
  /** Where Save puts a project that has no file yet when no path is given (the web host has no save dialog). */
  defaultProjectDirectory: string;
  /** Time from an edit to its autosave; the product promises under two seconds. */
  autosaveDelayMs?: number;
  /** Told of every segment an edit changed (the translation memory takes the confirmed ones); must not throw. */
  segmentChanged?: (project: Project, segment: ProjectSegment) => void;
  now?: () => Date;
  newId?: () => string;
}

interface Session {
  handle: string;
  path?: string;
  project: Project;
  /** Bumped on every edit; compared with what was saved and autosaved. */
  revision: number;
  savedRevision: number;
  autosavedRevision: number;
  recovered: boolean;
  autosaveError?: string;
  timer: AutosaveTimer;
  /** Writes of this project (saves, autosaves) run one after another. */
  writes: Promise<unknown>;
}

/**
 * The projects open in this host, by handle. Every edit goes through here: it is applied with the
 * pure model functions, then autosaved shortly after; saves are atomic and clear the autosave.
 */
export class ProjectSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly autosaveDelayMs: number;

  constructor(private readonly deps: ProjectSessionsDeps) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.autosaveDelayMs = deps.autosaveDelayMs ?? DEFAULT_AUTOSAVE_DELAY_MS;
  }

  async create(input: { source: DocumentSource; name?: string; translation?: DocumentSource }, task: TaskContext): Promise<OpenProject> {
    if (input.translation && !this.deps.alignTranslation) {
      throw new UserFacingError('ALIGNMENT_UNAVAILABLE', 'Alignment with an existing translation is not available in this build.', 'Create the project from the Chinese text alone.');
    }
    const prepared = await this.deps.prepareDocument(input.source, task);
    const settings = await this.deps.settings.get();
    let project = createProject(prepared, { id: this.newId(), now: this.now(), name: input.name, translator: settings.translatorName });
    if (input.translation && this.deps.alignTranslation) project = await this.deps.alignTranslation(project, input.translation, task);
    const session = this.addSession(project, undefined, { dirty: true });
    return this.view(session);
  }

  async open(filePath: string): Promise<OpenProject> {
    const resolved = path.resolve(filePath);
    const already = [...this.sessions.values()].find((s) => s.path === resolved);
    if (already) return this.view(already);
    const saved = await this.deps.files.read(resolved);
    const autosave = await this.deps.autosaves.find(saved.id, resolved);
    // A save removes the autosave, so one still there holds unsaved edits; unless a crash hit between
    // writing the file and removing it, in which case it is not newer than the file (or is identical).
    const recovered =
      autosave && autosave.project.modifiedAt >= saved.modifiedAt && serializeProject(autosave.project) !== serializeProject(saved) ? autosave.project : undefined;
    const session = this.addSession(recovered ?? saved, resolved, { dirty: Boolean(recovered) });
    session.recovered = Boolean(recovered);
    await this.rememberRecent(resolved);
    return this.view(session);
  }

  /** Unsaved projects (and saved ones autosaved under the data home) a crash left behind. */
  async recoverable(): Promise<RecoverableProject[]> {
    const openIds = new Set([...this.sessions.values()].map((s) => s.project.id));
    return (await this.deps.autosaves.listRecoverable()).filter((r) => !openIds.has(r.id));
  }

  async recover(projectId: string): Promise<OpenProject> {
    const open = [...this.sessions.values()].find((s) => s.project.id === projectId);
    if (open) return this.view(open);
    const autosave = await this.deps.autosaves.readFile(this.deps.autosaves.homePath(projectId));
    if (!autosave) throw new UserFacingError('PROJECT_NOTHING_TO_RECOVER', 'There is no autosaved copy of this project any more.', 'Open the project file instead.');
    if (autosave.projectPath) {
      try {
        return await this.open(autosave.projectPath);
      } catch {
        // The project file is gone or unreadable: recover the autosave as an unsaved project below.
      }
    }
    const session = this.addSession(autosave.project, undefined, { dirty: true });
    session.recovered = true;
    return this.view(session);
  }

  get(handle: string): OpenProject {
    return this.view(this.session(handle));
  }

  async updateSegment(handle: string, segmentId: string, patch: SegmentPatch): Promise<ProjectSegment> {
    const session = this.session(handle);
    const { translatorName } = await this.deps.settings.get();
    const { project, segment } = updateSegment(session.project, segmentId, patch, { now: this.now(), by: translatorName || undefined });
    if (project !== session.project) {
      this.edited(session, project);
      this.deps.segmentChanged?.(project, segment);
    }
    return segment;
  }

  async updateDetails(handle: string, patch: ProjectDetailsPatch): Promise<OpenProject> {
    const session = this.session(handle);
    this.edited(session, updateProjectDetails(session.project, patch, { now: this.now() }));
    return this.view(session);
  }

  /** Applies a whole-project change computed by a pure function (accepting a reviewed alignment). */
  async change(handle: string, change: (project: Project) => Project): Promise<OpenProject> {
    const session = this.session(handle);
    const project = change(session.project);
    if (project !== session.project) this.edited(session, project);
    return this.view(session);
  }

  /** Saves to `targetPath`, or the project's own file, or (never saved, no path) a file under the default directory. */
  async save(handle: string, targetPath?: string): Promise<OpenProject> {
    const session = this.session(handle);
    await this.enqueue(session, async () => {
      const destination = targetPath ? path.resolve(targetPath) : session.path ?? (await this.freshPath(session.project));
      const other = [...this.sessions.values()].find((s) => s !== session && s.path === destination);
      if (other) {
        throw new UserFacingError('PROJECT_OPEN_ELSEWHERE', `"${path.basename(destination)}" is open as another project.`, 'Close that project first, or save under another name.');
      }
      const revision = session.revision;
      const project = session.project;
      await this.deps.files.write(destination, project);
      const previousPath = session.path;
      session.path = destination;
      session.savedRevision = revision;
      session.recovered = false;
      if (previousPath !== destination) await this.deps.autosaves.remove(project.id, previousPath);
      if (session.revision === revision) {
        session.timer.cancel();
        await this.deps.autosaves.remove(project.id, destination);
        session.autosavedRevision = revision;
      }
    });
    await this.rememberRecent(session.path!);
    return this.view(session);
  }

  /**
   * Closes a project. Unsaved edits stay in the autosave (so closing never loses work) unless the
   * translator chose to discard them.
   */
  async close(handle: string, options: { discardChanges?: boolean } = {}): Promise<boolean> {
    const session = this.sessions.get(handle);
    if (!session) return false;
    session.timer.cancel();
    if (options.discardChanges) {
      await this.enqueue(session, () => this.deps.autosaves.remove(session.project.id, session.path));
    } else {
      await this.enqueue(session, () => this.autosave(session));
    }
    this.sessions.delete(handle);
    return true;
  }

  /** Writes every pending autosave now (host shutting down). */
  async flushAll(): Promise<void> {
    await Promise.all(
      [...this.sessions.values()].map((session) => {
        session.timer.cancel();
        return this.enqueue(session, () => this.autosave(session)).catch(() => undefined);
      }),
    );
  }

  async dispose(): Promise<void> {
    await this.flushAll();
    this.sessions.clear();
  }

  async recent(): Promise<string[]> {
    const { recentProjects } = await this.deps.settings.get();
    const present = await Promise.all(recentProjects.map((p) => fs.access(p).then(() => true, () => false)));
    return recentProjects.filter((_, i) => present[i]);
  }

  private addSession(project: Project, filePath: string | undefined, state: { dirty: boolean }): Session {
    const handle = this.newId();
    const session: Session = {
      handle,
      path: filePath,
      project,
      revision: state.dirty ? 1 : 0,
      savedRevision: 0,
      autosavedRevision: 0,
      recovered: false,
      timer: new AutosaveTimer(this.autosaveDelayMs, () => void this.enqueue(session, () => this.autosave(session)).catch(() => undefined)),
      writes: Promise.resolve(),
    };
    this.sessions.set(handle, session);
    if (state.dirty) session.timer.touch();
    return session;
  }

  private edited(session: Session, project: Project): void {
    session.project = project;
    session.revision += 1;
    session.timer.touch();
  }

  private async autosave(session: Session): Promise<void> {
    const revision = session.revision;
    if (revision === session.savedRevision || revision === session.autosavedRevision) return;
    try {
      await this.deps.autosaves.write(session.project, session.path, this.now());
      session.autosavedRevision = revision;
      session.autosaveError = undefined;
    } catch (error) {
      // Keep the edits in memory and try again on the next edit; the UI shows the problem.
      session.autosaveError = `Autosave failed: ${describeError(error)}`;
    }
  }

  private enqueue<T>(session: Session, work: () => Promise<T>): Promise<T> {
    const run = session.writes.then(work, work);
    session.writes = run.catch(() => undefined);
    return run;
  }

  private async freshPath(project: Project): Promise<string> {
    const base = project.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim().slice(0, 80) || 'Untitled';
    for (let n = 1; ; n++) {
      const candidate = path.join(this.deps.defaultProjectDirectory, `${base}${n === 1 ? '' : `-${n}`}${PROJECT_EXTENSION}`);
      const exists = await fs.access(candidate).then(() => true, () => false);
      if (!exists) return candidate;
      const sameProject = await this.deps.files.read(candidate).then((p) => p.id === project.id, () => false);
      if (sameProject) return candidate;
    }
  }

  private async rememberRecent(filePath: string): Promise<void> {
    const { recentProjects } = await this.deps.settings.get();
    if (recentProjects[0] === filePath) return;
    await this.deps.settings.update({ recentProjects: withRecentProject(recentProjects, filePath) });
  }

  private session(handle: string): Session {
    const session = this.sessions.get(handle);
    if (!session) throw new UserFacingError('PROJECT_NOT_OPEN', 'This project is no longer open.', 'Open it again from File > Open or the recent projects.');
    return session;
  }

  private view(session: Session): OpenProject {
    return {
      handle: session.handle,
      path: session.path,
      dirty: session.revision !== session.savedRevision,
      recoveredFromAutosave: session.recovered || undefined,
      autosaveError: session.autosaveError,
      project: session.project,
    };
  }
}
