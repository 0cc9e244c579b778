import { z } from 'zod';
import { method } from './define';

const themeSchema = z.enum(['light', 'dark']);
const uiLanguageSchema = z.enum(['en', 'zh-CN']);
const windowStateSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean().default(false),
});
/**
 * The team glossary's address and user name. The access token is not a setting: it lives in the secret
 * store (main/settings/secret-store.ts). `token` is only read, to move a token older versions kept in
 * settings.json into the secret store (main/team-glossary/settings-adapter.ts); it is never sent to the UI.
 */
const teamSettingsSchema = z.object({ remote: z.string(), token: z.string().optional(), username: z.string().optional() });
/** What an update may set: a token goes through `team.configure`, never into the settings. */
const teamSettingsPatchSchema = z.strictObject({ remote: z.string(), username: z.string().optional() });

export const settingsSchema = z.object({
  theme: themeSchema.default('light'),
  uiLanguage: uiLanguageSchema.default('en'),
  translatorName: z.string().default(''),
  /** Project file paths, most recent first. */
  recentProjects: z.array(z.string()).default([]),
  windowState: windowStateSchema.optional(),
  team: teamSettingsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * An update names only the fields it changes. Built without defaults on purpose: zod's `.partial()` of
 * `settingsSchema` would fill every omitted field with its default and wipe the stored value.
 * Strict, so a misspelt field is an error instead of a silent no-op.
 */
export const settingsPatchSchema = z.strictObject({
  theme: themeSchema.optional(),
  uiLanguage: uiLanguageSchema.optional(),
  translatorName: z.string().optional(),
  recentProjects: z.array(z.string()).optional(),
  windowState: windowStateSchema.optional(),
  team: teamSettingsPatchSchema.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(settingsPatchSchema),
};
