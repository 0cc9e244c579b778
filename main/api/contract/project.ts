import { z } from 'zod';
import { method } from './define';
import { documentSourceSchema } from './document';
import { segmentStatusSchema } from '../../project/schema';
import type { Project, ProjectSegment } from '../../project/schema';

/** An open project as the UI sees it: the project plus where it lives and whether it has unsaved edits. */
export interface OpenProject {
  handle: string;
  /** The project file; absent until the project is first saved. */
  path?: string;
  /** Edits not yet saved to the project file (they are in the autosave). */
  dirty: boolean;
  /** Set when the project was restored from an autosave newer than the file (or never saved). */
  recoveredFromAutosave?: boolean;
  /** Set while autosaving fails (e.g. disk full); edits are kept in memory and retried on the next edit. */
  autosaveError?: string;
  project: Project;
}

/** An autosave under the data home that no open project owns: what a crash left behind. */
export interface RecoverableProject {
  id: string;
  name: string;
  savedAt: string;
  projectPath?: string;
}

export const projectMethods = {
  /** From a file path, uploaded bytes or pasted text (`source.kind === 'text'`). */
  'project.create': method<OpenProject>()(
    z.object({ source: documentSourceSchema, name: z.string().optional(), translation: documentSourceSchema.optional() }),
    { longRunning: true },
  ),
  'project.open': method<OpenProject>()(z.object({ path: z.string().min(1) })),
  'project.get': method<OpenProject>()(z.object({ handle: z.string().min(1) })),
  /**
   * Save (no `path`: the project's own file) or Save As (`path`). A project never saved and given no
   * path is saved under `<data home>/projects/`. Refuses to replace a file it cannot read.
   */
  'project.save': method<OpenProject>()(z.object({ handle: z.string().min(1), path: z.string().min(1).optional() })),
  /** Unsaved edits stay in the autosave unless `discardChanges`. */
  'project.close': method<{ closed: boolean }>()(z.object({ handle: z.string().min(1), discardChanges: z.boolean().optional() })),
  /** A changed `target` without `status` makes the segment a draft; line breaks become spaces. */
  'project.updateSegment': method<ProjectSegment>()(
    z.object({
      handle: z.string().min(1),
      segmentId: z.string().min(1),
      target: z.string().optional(),
      status: segmentStatusSchema.optional(),
      comment: z.string().optional(),
      /** How the new text came about (a translation-memory match inserted, or typed, the default). */
      origin: z.enum(['typed', 'memory']).optional(),
    }),
  ),
  'project.updateDetails': method<OpenProject>()(
    z.object({ handle: z.string().min(1), name: z.string().optional(), notes: z.string().optional(), translator: z.string().optional() }),
  ),
  /** Recent project files that still exist, most recent first. */
  'project.recent': method<string[]>()(z.object({})),
  'project.recoverable': method<RecoverableProject[]>()(z.object({})),
  'project.recover': method<OpenProject>()(z.object({ id: z.string().min(1) })),
};
