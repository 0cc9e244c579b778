import { z } from 'zod';

/** Events pushed from services to the UI (IPC `webContents.send`, web host server-sent events). */
export const progressEventSchema = z.object({
  type: z.literal('progress'),
  taskId: z.string(),
  label: z.string(),
  done: z.number(),
  total: z.number(),
  finished: z.boolean().optional(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export const glossaryChangedEventSchema = z.object({
  type: z.literal('glossary-changed'),
  reason: z.string(),
});

export const teamSyncEventSchema = z.object({
  type: z.literal('team-sync'),
  state: z.enum(['idle', 'syncing', 'offline', 'conflicts', 'error']),
  message: z.string().optional(),
  conflicts: z.number().optional(),
});

export const apiEventSchema = z.discriminatedUnion('type', [progressEventSchema, glossaryChangedEventSchema, teamSyncEventSchema]);
export type ApiEvent = z.infer<typeof apiEventSchema>;
