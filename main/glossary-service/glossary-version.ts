import type { GlossaryLayerSummary } from './glossary-service';

/** What the team glossary clone holds (from `team.status`). */
export interface TeamVersion {
  configured: boolean;
  head?: string;
  entries: number;
  unpushed: boolean;
}

/**
 * The "Glossary version" an export records: which glossary the translation was checked against.
 * The team glossary by its git commit (short, as `git log --oneline` shows it; "+ local edits" when this
 * translator has edits not yet shared), the built-in term base by its size and content fingerprint and
 * the app version it ships with, and the personal glossary by its size when it has entries.
 * e.g. `team 3f9c2ab (14 entries); built-in 596 entries (3c5e0d91a7b2, Duizhao 0.1.0); personal 2 entries`.
 */
export function describeGlossaryVersion(parts: { team?: TeamVersion; layers: GlossaryLayerSummary; appVersion: string }): string {
  const { team, layers, appVersion } = parts;
  const plural = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`;
  const pieces: string[] = [];
  if (team?.configured) {
    const commit = team.head ? team.head.slice(0, 7) : 'not yet cloned';
    pieces.push(`team ${commit}${team.unpushed ? ' + local edits' : ''} (${plural(team.entries)})`);
  }
  pieces.push(`built-in ${plural(layers.builtin.entries)} (${layers.builtin.fingerprint}, Duizhao ${appVersion})`);
  if (layers.personal > 0) pieces.push(`personal ${plural(layers.personal)}`);
  return pieces.join('; ');
}
