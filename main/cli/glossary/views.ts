import type { TermMatch } from '../../../glossary/engine/glossary-index';
import type { ResolvedEntry } from '../../../glossary/engine/layers';

/** One term as `glossary match --json` prints it. */
export function termView(match: TermMatch & { originalStart?: number; originalEnd?: number }) {
  const { entry, layer } = match.term;
  return {
    text: match.text,
    start: match.start,
    end: match.end,
    ...(match.originalStart !== undefined ? { originalStart: match.originalStart, originalEnd: match.originalEnd } : {}),
    id: entry.id,
    zh: entry.zh,
    en: entry.en,
    alternates: entry.alternates,
    forbidden: entry.forbidden.map((f) => f.text),
    status: entry.status,
    source: sourceText(match.term),
    layer,
    // A personal copy of a team or built-in entry (same id) names the layers it is on top of.
    ...(match.term.overrides.length ? { overrides: match.term.overrides.map((o) => o.layer) } : {}),
    ...(entry.note ? { note: entry.note } : {}),
    ...(match.alsoIn.length ? { alsoIn: match.alsoIn.map((r) => ({ layer: r.layer, id: r.entry.id, en: r.entry.en, status: r.entry.status })) } : {}),
  };
}

export function sourceText(resolved: ResolvedEntry): string {
  return resolved.entry.sources.map((s) => (s.reference ? `${s.authority}: ${s.reference}` : s.authority)).join('; ');
}

/** One line per entry for `glossary list`. */
export function entryLine(resolved: ResolvedEntry): string {
  const { entry, layer } = resolved;
  const flags = [layer, entry.status !== 'approved' ? entry.status : '', resolved.overrides.length ? `overrides ${resolved.overrides.map((o) => o.layer).join('+')}` : '']
    .filter(Boolean)
    .join(', ');
  const alternates = entry.alternates.length ? ` (also: ${entry.alternates.join('; ')})` : '';
  return `${entry.id}\t${entry.zh}\t${entry.en}${alternates}\t[${flags}]`;
}
