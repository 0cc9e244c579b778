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

/** The translation memory gained or updated entries (confirmed segments, accepted alignments, TMX): views refetch their matches. */
export const memoryChangedEventSchema = z.object({
  type: z.literal('memory-changed'),
  added: z.number(),
  updated: z.number(),
  entries: z.number(),
});

/** A confirmed segment could not be added to the memory (e.g. the memory file is damaged); the segment itself is saved. */
export const memoryErrorEventSchema = z.object({
  type: z.literal('memory-error'),
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
});

/**
 * The Electron shell asking the renderer to run one of its commands (renderer/src/shell/command-ids.ts):
 * a native menu item or its accelerator. Only the shell sends it; the web host's own menu bar calls
 * the commands directly.
 */
export const menuCommandEventSchema = z.object({
  type: z.literal('menu-command'),
  command: z.string().min(1),
});

export const apiEventSchema = z.discriminatedUnion('type', [progressEventSchema, glossaryChangedEventSchema, teamSyncEventSchema, memoryChangedEventSchema, memoryErrorEventSchema, menuCommandEventSchema]);
export type ApiEvent = z.infer<typeof apiEventSchema>;
