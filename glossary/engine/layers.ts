import { GLOSSARY_LAYERS_BY_PRIORITY, type GlossaryLayer, type TermEntry } from './entry';

/**
 * One glossary layer the app reads: the built-in term base, the team glossary, the personal glossary.
 * The team capability implements this for its git-backed glossary; the personal store and the built-in
 * data file implement it here.
 */
export interface GlossaryLayerSource {
  readonly layer: GlossaryLayer;
  load(): Promise<TermEntry[]>;
}

/** An entry as the app uses it: which layer it comes from, and the lower-layer versions it hides. */
export interface ResolvedEntry {
  entry: TermEntry;
  layer: GlossaryLayer;
  /** Entries with the same id in lower layers (personal hides team hides built-in), highest first. */
  overrides: Array<{ layer: GlossaryLayer; entry: TermEntry }>;
}

export interface LayerEntries {
  layer: GlossaryLayer;
  entries: readonly TermEntry[];
}

/** The version of an entry a layer holds: the one shown, or one it hides (a personal copy hides the team's). */
export function versionIn(resolved: ResolvedEntry, layer: GlossaryLayer): TermEntry | undefined {
  return resolved.layer === layer ? resolved.entry : resolved.overrides.find((o) => o.layer === layer)?.entry;
}

export function layerRank(layer: GlossaryLayer): number {
  return GLOSSARY_LAYERS_BY_PRIORITY.indexOf(layer);
}

/**
 * Stacks the layers: for each id the highest layer's version wins (personal > team > built-in) and
 * keeps the versions it hides, so the UI can show "your version; built-in says …". Deprecated entries
 * stay in the result (lists show them); matching leaves them out.
 */
export function resolveLayers(layers: readonly LayerEntries[]): ResolvedEntry[] {
  const byId = new Map<string, ResolvedEntry>();
  const ordered = [...layers].sort((a, b) => layerRank(a.layer) - layerRank(b.layer));
  for (const { layer, entries } of ordered) {
    for (const entry of entries) {
      const existing = byId.get(entry.id);
      if (existing) existing.overrides.push({ layer, entry });
      else byId.set(entry.id, { entry, layer, overrides: [] });
    }
  }
  return [...byId.values()];
}

/** Order among entries that claim the same Chinese form: higher layer, then approved before proposed, then id. */
export function compareForSuggestion(a: ResolvedEntry, b: ResolvedEntry): number {
  return (
    layerRank(a.layer) - layerRank(b.layer) ||
    statusRank(a.entry.status) - statusRank(b.entry.status) ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
  );
}

function statusRank(status: TermEntry['status']): number {
  return status === 'approved' ? 0 : status === 'proposed' ? 1 : 2;
}
