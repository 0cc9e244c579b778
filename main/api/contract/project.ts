import { z } from 'zod';
import { method } from './define';
import { documentSourceSchema } from './document';
import { segmentStatusSchema } from '../../project/schema';
import type { Project, ProjectSegment } from '../../project/schema';

/** An open project as the UI sees it: the project plus where it lives and whether it has unsaved edits. */
export interface OpenProject {
  handle: string;
  path?: string;
  dirty: boolean;
  /** Set when the project was restored from an autosave newer than the file. */
  recoveredFromAutosave?: boolean;
  project: Project;
}

export const projectMethods = {
  'project.create': method<OpenProject>()(
    z.object({ source: documentSourceSchema, name: z.string().optional(), translation: documentSourceSchema.optional() }),
    { longRunning: true },
  ),
  'project.open': method<OpenProject>()(z.object({ path: z.string().min(1) })),
  'project.get': method<OpenProject>()(z.object({ handle: z.string().min(1) })),
  'project.save': method<OpenProject>()(z.object({ handle: z.string().min(1), path: z.string().min(1).optional() })),
  'project.close': method<{ closed: boolean }>()(z.object({ handle: z.string().min(1) })),
  'project.updateSegment': method<ProjectSegment>()(
    z.object({
      handle: z.string().min(1),
      segmentId: z.string().min(1),
      target: z.string().optional(),
      status: segmentStatusSchema.optional(),
      comment: z.string().optional(),
    }),
  ),
  'project.recent': method<string[]>()(z.object({})),
};
