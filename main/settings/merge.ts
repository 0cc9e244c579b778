import { settingsSchema, type Settings, type SettingsPatch } from '../api/contract/settings';

/** The settings a fresh install starts with. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * Reads stored settings leniently: a field that no longer validates (hand edits, an older version)
 * falls back to its default instead of discarding every other setting.
 */
export function normalizeSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const result: Record<string, unknown> = { ...defaultSettings() };
  if (raw && typeof raw === 'object') {
    const shape = settingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const field = shape[key];
      if (!field) continue;
      const parsed = field.safeParse(value);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return settingsSchema.parse(result);
}

/** Applies a partial update; `undefined` values leave the stored field unchanged. */
export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return settingsSchema.parse({ ...current, ...defined });
}

export const MAX_RECENT_PROJECTS = 12;

/** Most recent first, no duplicates, bounded. */
export function withRecentProject(recent: readonly string[], projectPath: string, max = MAX_RECENT_PROJECTS): string[] {
  return [projectPath, ...recent.filter((p) => p !== projectPath)].slice(0, max);
}
