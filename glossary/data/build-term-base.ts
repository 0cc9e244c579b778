import * as OpenCC from 'opencc-js';
import { termEntrySchema, type TermEntry, type TermVariant } from '../engine/entry';
import { serializeEntries, sortEntriesById } from '../engine/serialize';
import type { SourceTerm } from './sources/types';

/** Simplified → Traditional conversion, Taiwan and Hong Kong standards. */
export interface TraditionalConverters {
  toTaiwan(text: string): string;
  toHongKong(text: string): string;
}

export function createOpenccConverters(): TraditionalConverters {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  return { toTaiwan, toHongKong };
}

export interface BuildMetadata {
  createdBy: string;
  createdAt: string;
}

export const BUILTIN_METADATA: BuildMetadata = { createdBy: 'duizhao-builtin', createdAt: '2026-11-22' };

/** The Traditional forms (Taiwan, then Hong Kong) of one Simplified text that differ from it and from each other. */
export function traditionalForms(simplified: string, converters: TraditionalConverters): string[] {
  const forms = [converters.toTaiwan(simplified), converters.toHongKong(simplified)];
  return [...new Set(forms)].filter((form) => form !== simplified);
}

function variantsOf(term: SourceTerm, converters: TraditionalConverters): TermVariant[] {
  const written: TermVariant[] = term.variants ?? [];
  const seen = new Set<string>([term.zh]);
  const variants: TermVariant[] = [];
  const add = (variant: TermVariant) => {
    if (seen.has(variant.text)) return;
    seen.add(variant.text);
    variants.push(variant);
  };
  for (const form of traditionalForms(term.zh, converters)) add({ text: form, type: 'traditional' });
  for (const variant of written) {
    add(variant);
    for (const form of traditionalForms(variant.text, converters)) add({ text: form, type: 'traditional' });
  }
  return variants;
}

function toEntry(term: SourceTerm, converters: TraditionalConverters, meta: BuildMetadata): TermEntry {
  const entry = {
    id: term.id,
    zh: term.zh,
    variants: variantsOf(term, converters),
    en: term.en,
    alternates: term.alt ?? [],
    forbidden: (term.forbid ?? []).map(([text, reason]) => ({ text, reason })),
    ...(term.note ? { note: term.note } : {}),
    history: term.history ?? [],
    tags: term.tags,
    sources: term.cite,
    status: term.status,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
  const parsed = termEntrySchema.safeParse(entry);
  if (!parsed.success) {
    throw new Error(`term "${term.id}" is not a valid TermEntry: ${parsed.error.message}`);
  }
  return entry;
}

/**
 * Turns the hand-written source terms into term entries, sorted by id. Pure and deterministic:
 * the same sources always give the same entries, so the generated file diffs cleanly in git.
 */
export function buildTermEntries(
  terms: readonly SourceTerm[],
  converters: TraditionalConverters,
  meta: BuildMetadata = BUILTIN_METADATA,
): TermEntry[] {
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) throw new Error(`duplicate term id "${term.id}"`);
    ids.add(term.id);
  }
  return sortEntriesById(terms.map((term) => toEntry(term, converters, meta)));
}

/**
 * The text of `political-terms.json`: the glossary engine's canonical serialization (a JSON array sorted
 * by id, 2-space indent, keys in canonical order), so the built-in file reads exactly like any other
 * glossary file Duizhao writes.
 */
export function serializeTermBase(entries: readonly TermEntry[]): string {
  return serializeEntries(entries);
}

/** Entries per domain tag, approved and proposed (an entry with several tags counts in each). */
export function coverageByDomain(entries: readonly TermEntry[]): Array<{ domain: string; total: number; approved: number; proposed: number }> {
  const counts = new Map<string, { approved: number; proposed: number }>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const count = counts.get(tag) ?? { approved: 0, proposed: 0 };
      if (entry.status === 'approved') count.approved++;
      else count.proposed++;
      counts.set(tag, count);
    }
  }
  return [...counts.entries()]
    .map(([domain, count]) => ({ domain, total: count.approved + count.proposed, ...count }))
    .sort((a, b) => b.total - a.total || (a.domain < b.domain ? -1 : 1));
}
