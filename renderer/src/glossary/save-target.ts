import { versionIn } from '../../../glossary/engine/layers';
import type { GlossaryLayer, ResolvedEntry, TermEntry, TermPatch, WritableLayer } from './glossary-port';

/**
 * Where a change goes unless the translator picks otherwise: with a team glossary set up, the team for
 * a team entry, a built-in entry (the desk's rendering) and a new term; a personal entry (or personal
 * override) stays personal. Without a team glossary, everything is personal.
 */
export function defaultSaveLayer(resolved: ResolvedEntry | undefined, teamConfigured: boolean): WritableLayer {
  if (!teamConfigured) return 'personal';
  return resolved?.layer === 'personal' ? 'personal' : 'team';
}

/** The shared layer a personal entry hides (shown as "overrides team"), if any. */
export function overriddenLayer(resolved: ResolvedEntry): GlossaryLayer | undefined {
  return resolved.layer === 'personal' ? resolved.overrides[0]?.layer : undefined;
}

/** The version an edit saved to `layer` starts from: that layer's own, else the one shown. */
export function baseVersion(resolved: ResolvedEntry, layer: WritableLayer): TermEntry {
  return versionIn(resolved, layer) ?? resolved.entry;
}

/** What the term form edits. */
export type TermFormFields = Pick<TermEntry, 'zh' | 'en' | 'alternates' | 'forbidden' | 'sources' | 'status'> & { note?: string };
const FORM_FIELDS = ['zh', 'en', 'alternates', 'forbidden', 'note', 'sources', 'status'] as const;

/**
 * The fields the form changed compared with `base`, and only those: saving then never overwrites a
 * field someone else changed meanwhile (a team sync while the form was open). A cleared note is ''.
 */
export function patchFor(base: TermEntry, fields: TermFormFields): TermPatch {
  const patch: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const before = base[field];
    const after = fields[field];
    if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) continue;
    patch[field] = field === 'note' && after === undefined ? '' : after;
  }
  return patch as TermPatch;
}

/** The delete action a glossary card offers, if any: removing an override, a personal term, or a team entry. */
export function deleteAction(resolved: ResolvedEntry, teamConfigured: boolean): { layer: WritableLayer; kind: 'removeOverride' | 'deletePersonal' | 'deleteTeam' } | undefined {
  if (resolved.layer === 'personal') return { layer: 'personal', kind: overriddenLayer(resolved) ? 'removeOverride' : 'deletePersonal' };
  if (resolved.layer === 'team' && teamConfigured) return { layer: 'team', kind: 'deleteTeam' };
  return undefined;
}

/** Whether the entry has a team version whose history git can tell. */
export function hasTeamHistory(resolved: ResolvedEntry, teamConfigured: boolean): boolean {
  return teamConfigured && versionIn(resolved, 'team') !== undefined;
}
