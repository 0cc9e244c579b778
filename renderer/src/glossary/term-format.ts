import type { ResolvedEntry, SegmentTermMatch } from './glossary-port';

/** A term of the active segment as the side panel lists it: one per entry, in reading order. */
export interface SegmentTerm {
  /** 1-based: Ctrl+n inserts this term's rendering. */
  index: number;
  match: SegmentTermMatch;
  resolved: ResolvedEntry;
}

/** Distinct entries of a segment's matches in reading order, numbered for Ctrl+1…9. */
export function segmentTerms(matches: readonly SegmentTermMatch[]): SegmentTerm[] {
  const seen = new Set<string>();
  const terms: SegmentTerm[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const id = match.term.entry.id;
    if (seen.has(id)) continue;
    seen.add(id);
    terms.push({ index: terms.length + 1, match, resolved: match.term });
  }
  return terms;
}

/** Escapes Markdown so a glossary note cannot turn into links or markup in a hover. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

export interface HoverLabels {
  alternates: string;
  forbidden: string;
  note: string;
  source: string;
  status: string;
  layer: string;
  statusName(status: string): string;
  layerName(layer: string): string;
  /** "overrides team": a personal version hides a shared one. */
  overridesName(layer: string): string;
}

/** The hover over a source term: preferred rendering, alternates, forbidden, note, sources, status, layer. */
export function termHoverMarkdown(resolved: ResolvedEntry, labels: HoverLabels): string[] {
  const { entry, layer } = resolved;
  const lines = [`**${escapeMarkdown(entry.en)}** — ${escapeMarkdown(entry.zh)}`];
  if (entry.alternates.length) lines.push(`${labels.alternates}: ${entry.alternates.map(escapeMarkdown).join('; ')}`);
  if (entry.forbidden.length) lines.push(`${labels.forbidden}: ${entry.forbidden.map((f) => `~~${escapeMarkdown(f.text)}~~`).join('; ')}`);
  if (entry.note) lines.push(`${labels.note}: ${escapeMarkdown(entry.note)}`);
  const current = entry.history.find((h) => !h.until && h.from);
  if (current) lines.push(`${escapeMarkdown(current.en)} (${escapeMarkdown(current.from!)}–)`);
  if (entry.sources.length) lines.push(`${labels.source}: ${entry.sources.map((s) => escapeMarkdown(s.reference ? `${s.authority} (${s.reference})` : s.authority)).join('; ')}`);
  const overridden = layer === 'personal' ? resolved.overrides[0] : undefined;
  const layerText = overridden ? `${labels.layerName(layer)} (${labels.overridesName(overridden.layer)}: ${escapeMarkdown(overridden.entry.en)})` : labels.layerName(layer);
  lines.push(`${labels.status}: ${labels.statusName(entry.status)} · ${labels.layer}: ${layerText}`);
  return [lines.join('  \n')];
}

/**
 * Text to insert at the cursor so the rendering reads as words: a space before it when it follows a
 * letter, digit or closing punctuation, a space after it when a word follows.
 */
export function spacedInsertion(before: string, after: string, text: string): string {
  const needsLeading = before !== '' && /[\p{L}\p{N},.;:!?)\]'"’”]$/u.test(before) && !/^\s/.test(text);
  const needsTrailing = after !== '' && /^[\p{L}\p{N}(]/u.test(after) && !/\s$/.test(text);
  return `${needsLeading ? ' ' : ''}${text}${needsTrailing ? ' ' : ''}`;
}

/** "one per line" fields of the term form. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
