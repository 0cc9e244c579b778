import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { isKeyed, type LocalizedText, type UiLanguage } from './localized';

export type { MessageKey } from './en';
export type { LocalizedText, UiLanguage } from './localized';
export { UI_LANGUAGES } from './localized';

export const MESSAGE_TABLES: Record<UiLanguage, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The UI's translator: holds the current language and tells listeners when it changes. */
export class I18n {
  private readonly listeners = new Set<(language: UiLanguage) => void>();

  constructor(private current: UiLanguage = 'en') {}

  get language(): UiLanguage {
    return this.current;
  }

  setLanguage(language: UiLanguage): void {
    if (language === this.current) return;
    this.current = language;
    for (const listener of this.listeners) listener(language);
  }

  onChange(listener: (language: UiLanguage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return format(MESSAGE_TABLES[this.current][key] ?? en[key], params);
  }

  /** Resolves text from an extension (its own strings) or a main-table key. */
  text(text: LocalizedText): string {
    if (isKeyed(text)) return this.t(text.key as MessageKey, text.params);
    return text[this.current] ?? text.en;
  }
}
