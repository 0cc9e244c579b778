import type { I18n } from '../i18n';
import type { ViewHost } from '../shell/views';
import type { Workbench } from '../shell/extension';
import type { GlossaryPort, TermEntry } from './glossary-port';
import { TERM_STATUSES } from '../../../glossary/engine/entry';
import { el } from '../dom';
import { linesOf } from './term-format';

/** Add (prefilled from the pane selections) or edit (an existing entry). */
export interface TermEditorArgs {
  zh?: string;
  en?: string;
  entry?: TermEntry;
}

export interface TermEditorDeps {
  i18n: I18n;
  port: GlossaryPort;
  workbench: Workbench;
  translator(): string;
  saved(entry: TermEntry): void;
}

/** The add/edit term form (Ctrl+Shift+G). Saves to the personal glossary; built-in entries get an override. */
export function renderTermEditor(container: HTMLElement, host: ViewHost, args: TermEditorArgs, deps: TermEditorDeps): void {
  const { i18n, port, workbench } = deps;
  const entry = args.entry;
  if (entry) host.setTitle(i18n.t('term.editTitle'));
  const field = (label: string, input: HTMLElement) => el('label', { class: 'dz-field' }, el('span', {}, label), input);
  const zh = el('input', { type: 'text', class: 'dz-input', name: 'zh', lang: 'zh-Hans', value: entry?.zh ?? args.zh ?? '', autofocus: true });
  const en = el('input', { type: 'text', class: 'dz-input', name: 'en', value: entry?.en ?? args.en ?? '' });
  const alternates = el('textarea', { class: 'dz-input', name: 'alternates', rows: 2 });
  alternates.value = (entry?.alternates ?? []).join('\n');
  const forbidden = el('textarea', { class: 'dz-input', name: 'forbidden', rows: 2 });
  forbidden.value = (entry?.forbidden ?? []).map((f) => f.text).join('\n');
  const note = el('input', { type: 'text', class: 'dz-input', name: 'note', value: entry?.note ?? '' });
  const authority = el('input', { type: 'text', class: 'dz-input', name: 'authority', value: entry?.sources[0]?.authority ?? '' , placeholder: 'Xinhua, China Daily, gov.cn …' });
  const reference = el('input', { type: 'text', class: 'dz-input', name: 'reference', value: entry?.sources[0]?.reference ?? '' });
  const status = el('select', { class: 'dz-input', name: 'status' }, TERM_STATUSES.map((s) => el('option', { value: s }, i18n.t(`terms.termStatus.${s}`))));
  status.value = entry?.status ?? 'approved';
  const error = el('p', { class: 'dz-error-text', role: 'alert' });

  const save = async () => {
    if (!zh.value.trim() || !en.value.trim()) {
      error.textContent = i18n.t('term.required');
      return;
    }
    const sources = authority.value.trim() ? [{ authority: authority.value.trim(), reference: reference.value.trim() || undefined }] : (entry?.sources ?? []);
    const fields = {
      zh: zh.value.trim(),
      en: en.value.trim(),
      alternates: linesOf(alternates.value),
      forbidden: linesOf(forbidden.value).map((text) => entry?.forbidden.find((f) => f.text === text) ?? { text }),
      note: note.value.trim() || undefined,
      sources,
      status: status.value as TermEntry['status'],
    };
    try {
      const result = entry ? await port.edit(entry.id, fields) : await port.add(fields);
      workbench.notify(i18n.t('term.saved', { zh: result.zh }));
      deps.saved(result);
      host.close();
    } catch (e) {
      workbench.showError(e);
    }
  };
  const form = el(
    'form',
    { class: 'dz-term-form' },
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.zh'), zh), field(i18n.t('term.en'), en)),
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.alternates'), alternates), field(i18n.t('term.forbidden'), forbidden)),
    field(i18n.t('term.note'), note),
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.source'), authority), field(i18n.t('term.reference'), reference)),
    field(i18n.t('term.status'), status),
    error,
    el(
      'div',
      { class: 'dz-dialog-actions' },
      el('button', { type: 'button', class: 'dz-button', onclick: () => host.close() }, i18n.t('term.cancel')),
      el('button', { type: 'submit', class: 'dz-button dz-primary' }, i18n.t('term.save')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  container.appendChild(form);
}
