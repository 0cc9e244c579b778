/** The two UI languages. */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Text an extension brings with it (a command label, a panel title) without touching the main
 * tables: either a key of the main table or one string per UI language.
 */
export type LocalizedText = { key: string; params?: Record<string, string | number> } | Record<UiLanguage, string>;

export function isKeyed(text: LocalizedText): text is { key: string; params?: Record<string, string | number> } {
  return typeof (text as { key?: unknown }).key === 'string';
}
