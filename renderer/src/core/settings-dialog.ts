import type { I18n, UiLanguage } from '../i18n';
import type { Theme } from '../app';
import { el } from '../dom';

export interface SettingsDialogDeps {
  i18n: I18n;
  current: { translatorName: string; theme: Theme; uiLanguage: UiLanguage };
  save(changes: { translatorName: string; theme: Theme; uiLanguage: UiLanguage }): Promise<void>;
  close(): void;
}

/**
 * Preferences: the translator's name (recorded on every confirmed segment, glossary edit and export),
 * the theme and the UI language. Saved together with one settings.update.
 */
export function renderSettingsDialog(container: HTMLElement, deps: SettingsDialogDeps): void {
  const { i18n, current } = deps;
  const name = el('input', { type: 'text', class: 'dz-input', value: current.translatorName, maxlength: 80, placeholder: 'Chen Li', 'data-testid': 'settings-translator', autofocus: true });
  const theme = el('select', { class: 'dz-input', 'data-testid': 'settings-theme' },
    el('option', { value: 'light' }, i18n.t('settings.themeLight')),
    el('option', { value: 'dark' }, i18n.t('settings.themeDark')));
  theme.value = current.theme;
  const language = el('select', { class: 'dz-input', 'data-testid': 'settings-language' },
    el('option', { value: 'en' }, 'English'),
    el('option', { value: 'zh-CN' }, '简体中文'));
  language.value = current.uiLanguage;
  const save = async () => {
    await deps.save({ translatorName: name.value.trim(), theme: theme.value as Theme, uiLanguage: language.value as UiLanguage });
    deps.close();
  };
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void save();
  });
  container.append(
    el('label', { class: 'dz-field' }, el('span', {}, i18n.t('settings.translator')), name),
    el('p', { class: 'dz-muted' }, i18n.t('settings.translatorHint')),
    el('label', { class: 'dz-field' }, el('span', {}, i18n.t('settings.theme')), theme),
    el('label', { class: 'dz-field' }, el('span', {}, i18n.t('settings.language')), language),
    el('div', { class: 'dz-dialog-actions' },
      el('button', { class: 'dz-button', onclick: () => deps.close() }, i18n.t('settings.cancel')),
      el('button', { class: 'dz-button dz-primary', 'data-testid': 'settings-save', onclick: () => void save() }, i18n.t('settings.save'))),
  );
}
