import type { I18n } from '../i18n';
import { format } from '../i18n';
import { el } from '../dom';
import type { ResolvedEntry } from './glossary-port';
import { overriddenLayer } from './save-target';
import { GLOSSARY_TEXT } from './strings';

/** The layer badge of an entry (personal, team, built-in) and, for a personal override, what it overrides. */
export function layerBadges(resolved: ResolvedEntry, i18n: I18n): HTMLElement[] {
  const badges = [el('span', { class: `dz-badge dz-badge-layer-${resolved.layer}`, 'data-testid': 'layer-badge' }, i18n.t(`terms.layer.${resolved.layer}`))];
  const overridden = overriddenLayer(resolved);
  if (overridden) {
    badges.push(
      el(
        'span',
        { class: 'dz-badge dz-badge-override', 'data-testid': 'override-badge', title: format(i18n.text(GLOSSARY_TEXT.overrideNotice), { layer: i18n.t(`terms.layer.${overridden}`), en: resolved.overrides[0].entry.en }) },
        format(i18n.text(GLOSSARY_TEXT.overrides), { layer: i18n.t(`terms.layer.${overridden}`) }),
      ),
    );
  }
  return badges;
}
