import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { ViewHost } from '../shell/views';
import type { Workbench } from '../shell/extension';
import type { GlossaryPort, ResolvedEntry, TermEntry, WritableLayer } from './glossary-port';
import { TERM_STATUSES } from '../../../glossary/engine/entry';
import { el } from '../dom';
import { linesOf } from './term-format';
import { baseVersion, defaultSaveLayer, overriddenLayer, patchFor, type TermFormFields } from './save-target';
import { GLOSSARY_TEXT } from './strings';

/** Add (prefilled from the pane selections) or edit (an existing entry, as the layered glossary resolved it). */
export interface TermEditorArgs {
  zh?: string;
  en?: string;
  resolved?: ResolvedEntry;
}

export interface TermEditorDeps {
  i18n: I18n;
  port: GlossaryPort;
  workbench: Workbench;
  /** Whether a team glossary is set up (asked once by the extension, kept up to date by sync events). */
  teamConfigured(): Promise<boolean>;
  saved(entry: TermEntry): void;
}

/**
 * The add/edit term form (Ctrl+Shift+G, Edit in the glossary panel). With a team glossary it asks where
 * to save: the team glossary (default for team entries, built-in ones and new terms) or the personal one.
 * Saving a team entry changes the team entry itself; only the fields changed in the form are sent.
 */
export function renderTermEditor(container: HTMLElement, host: ViewHost, args: TermEditorArgs, deps: TermEditorDeps): void {
  const { i18n, port, workbench } = deps;
  const tx = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);
  const resolved = args.resolved;
  const entry = resolved?.entry;
  if (entry) host.setTitle(i18n.t('term.editTitle'));
  const field = (label: string, input: HTMLElement) => el('label', { class: 'dz-field' }, el('span', {}, label), input);
  const zh = el('input', { type: 'text', class: 'dz-input', name: 'zh', lang: 'zh-Hans', value: entry?.zh ?? args.zh ?? '', autofocus: true });
  const en = el('input', { type: 'text', class: 'dz-input', name: 'en', value: entry?.en ?? args.en ?? '' });
  const alternates = el('textarea', { class: 'dz-input', name: 'alternates', rows: 2 });
  alternates.value = (entry?.alternates ?? []).join('\n');
  const forbidden = el('textarea', { class: 'dz-input', name: 'forbidden', rows: 2 });
  forbidden.value = (entry?.forbidden ?? []).map((f) => f.text).join('\n');
  const note = el('input', { type: 'text', class: 'dz-input', name: 'note', value: entry?.note ?? '' });
  const authority = el('input', { type: 'text', class: 'dz-input', name: 'authority', value: entry?.sources[0]?.authority ?? '', placeholder: 'Xinhua, China Daily, gov.cn …' });
  const reference = el('input', { type: 'text', class: 'dz-input', name: 'reference', value: entry?.sources[0]?.reference ?? '' });
  const status = el('select', { class: 'dz-input', name: 'status' }, TERM_STATUSES.map((s) => el('option', { value: s }, i18n.t(`terms.termStatus.${s}`))));
  status.value = entry?.status ?? 'approved';
  const error = el('p', { class: 'dz-error-text', role: 'alert' });

  // Where to save: filled in once the extension knows whether a team glossary is set up.
  const target = el('fieldset', { class: 'dz-save-target', 'data-testid': 'term-save-target' });
  const hint = el('p', { class: 'dz-muted dz-save-hint' });
  let layer: WritableLayer | undefined;
  const overridden = resolved ? overriddenLayer(resolved) : undefined;
  const overrideNotice = resolved && overridden
    ? el('p', { class: 'dz-override-notice', 'data-testid': 'term-override-notice' }, tx(GLOSSARY_TEXT.overrideNotice, { layer: i18n.t(`terms.layer.${overridden}`), en: resolved.overrides[0].entry.en }))
    : null;
  const showHint = () => {
    hint.textContent =
      layer === 'team' && resolved && resolved.layer === 'personal' && overridden === 'team'
        ? tx(GLOSSARY_TEXT.teamRemovesOverride)
        : layer === 'personal' && resolved && resolved.layer === 'team'
          ? tx(GLOSSARY_TEXT.personalOverridesTeam)
          : '';
  };
  const layerKnown = deps.teamConfigured().then(
    (teamConfigured) => {
      layer = defaultSaveLayer(resolved, teamConfigured);
      if (!teamConfigured) {
        target.append(el('p', { class: 'dz-muted' }, tx(GLOSSARY_TEXT.personalOnly)));
        return;
      }
      target.append(el('legend', {}, tx(GLOSSARY_TEXT.saveTo)));
      for (const choice of ['team', 'personal'] as const) {
        const radio = el('input', { type: 'radio', name: 'layer', value: choice, checked: choice === layer, onchange: () => ((layer = choice), showHint()) });
        target.append(el('label', { class: 'dz-save-choice' }, radio, ' ', tx(GLOSSARY_TEXT.layerChoice[choice])));
      }
      target.append(hint);
      showHint();
    },
    (failure) => {
      // The team status could not be read: offer the personal glossary, which always works.
      layer = 'personal';
      workbench.showError(failure);
    },
  );

  const formFields = (): TermFormFields => {
    const [first, ...otherSources] = entry?.sources ?? [];
    const sources = authority.value.trim()
      ? [{ ...first, authority: authority.value.trim(), reference: reference.value.trim() || undefined }, ...otherSources]
      : otherSources;
    return {
      zh: zh.value.trim(),
      en: en.value.trim(),
      alternates: linesOf(alternates.value),
      forbidden: linesOf(forbidden.value).map((text) => entry?.forbidden.find((f) => f.text === text) ?? { text }),
      note: note.value.trim() || undefined,
      sources,
      status: status.value as TermEntry['status'],
    };
  };

  const save = async () => {
    if (!zh.value.trim() || !en.value.trim()) {
      error.textContent = i18n.t('term.required');
      return;
    }
    await layerKnown;
    const into = layer ?? 'personal';
    const fields = formFields();
    try {
      let result: TermEntry;
      if (!resolved) {
        result = await port.add(fields, into);
      } else {
        const patch = patchFor(baseVersion(resolved, into), fields);
        // Saving to the team from a personal override also removes the override, so it is never a no-op.
        const removesOverride = into === 'team' && resolved.layer === 'personal' && overridden !== undefined;
        if (Object.keys(patch).length === 0 && !removesOverride) {
          workbench.notify(tx(GLOSSARY_TEXT.noChanges));
          host.close();
          return;
        }
        result = await port.edit(resolved.entry.id, patch, into);
      }
      workbench.notify(tx(GLOSSARY_TEXT.saved[into], { zh: result.zh }));
      deps.saved(result);
      host.close();
    } catch (e) {
      // The form stays open with everything typed in it: nothing is lost.
      workbench.showError(e);
    }
  };
  const form = el(
    'form',
    { class: 'dz-term-form' },
    overrideNotice,
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.zh'), zh), field(i18n.t('term.en'), en)),
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.alternates'), alternates), field(i18n.t('term.forbidden'), forbidden)),
    field(i18n.t('term.note'), note),
    el('div', { class: 'dz-field-row' }, field(i18n.t('term.source'), authority), field(i18n.t('term.reference'), reference)),
    field(i18n.t('term.status'), status),
    target,
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
