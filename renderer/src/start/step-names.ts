import type { I18n } from '../i18n';
import type { LocalizedText } from '../i18n/localized';

/** The cleanup steps as the pipeline names them (CLEANUP_STEP_LABELS in main/cleanup/pipeline.ts). */
export const CLEANUP_STEPS: Record<string, LocalizedText> = {
  'Traditional → Simplified': { en: 'Traditional → Simplified', 'zh-CN': '繁体转简体' },
  'inline pinyin': { en: 'inline pinyin', 'zh-CN': '行内拼音' },
  punctuation: { en: 'punctuation', 'zh-CN': '标点' },
  'page numbers': { en: 'page numbers', 'zh-CN': '页码' },
  'broken lines': { en: 'broken lines', 'zh-CN': '断行' },
};

/** The pipeline's progress labels (main/document/prepare.ts, in English) as the start screen says them. */
export function describeStep(i18n: I18n, label: string): string {
  if (label.startsWith('cleaned: ')) {
    const step = label.slice('cleaned: '.length);
    return i18n.t('start.step.cleaned', { step: CLEANUP_STEPS[step] ? i18n.text(CLEANUP_STEPS[step]) : step });
  }
  const known: Record<string, Parameters<I18n['t']>[0]> = {
    reading: 'start.step.reading',
    cleaning: 'start.step.cleaning',
    'splitting into sentences': 'start.step.splitting',
    done: 'start.step.done',
  };
  return known[label] ? i18n.t(known[label]) : label;
}
