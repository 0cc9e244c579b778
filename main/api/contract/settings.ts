import { z } from 'zod';
import { method } from './define';

export const settingsSchema = z.object({
  theme: z.enum(['light', 'dark']).default('light'),
  uiLanguage: z.enum(['en', 'zh-CN']).default('en'),
  translatorName: z.string().default(''),
  recentProjects: z.array(z.string()).default([]),
  windowState: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number(), height: z.number(), maximized: z.boolean().default(false) })
    .optional(),
  team: z
    .object({ remote: z.string(), token: z.string().optional(), username: z.string().optional() })
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(settingsSchema.partial()),
};
