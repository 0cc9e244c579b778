import { z } from 'zod';
import { method } from './define';
import { GLOSSARY_LAYERS_BY_PRIORITY, TERM_STATUSES, termEntrySchema, type TermEntry } from '../../../glossary/engine/entry';
import type { TermMatch } from '../../../glossary/engine/glossary-index';
import type { SegmentTerms } from '../../../glossary/engine/match-segment';
import type { PackedSegmentTerms } from '../../../glossary/engine/packed-terms';
import type { TranslationCheck } from '../../../glossary/engine/check';
import type { ResolvedEntry } from '../../../glossary/engine/layers';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../../glossary/formats/types';

/** Glossary methods: matching, target-side checks, maintenance of the personal glossary, import/export. */

const layerSchema = z.enum(GLOSSARY_LAYERS_BY_PRIORITY as unknown as ['personal', 'team', 'builtin']);
/** Which glossary a change goes to: the translator's personal glossary (the default) or the desk's team glossary. */
const writableLayerSchema = z.enum(['personal', 'team']);
const formatSchema = z.enum(GLOSSARY_FORMATS);

/** What the translator fills in for a new entry; id and the who/when stamps are the service's job. */
export const newEntrySchema = termEntrySchema.omit({ id: true, status: true, createdBy: true, createdAt: true, modifiedBy: true, modifiedAt: true }).extend({
  id: termEntrySchema.shape.id.optional(),
  status: z.enum(TERM_STATUSES).optional(),
});
/**
 * An edit names only the fields it changes. Built without defaults on purpose: zod's `.partial()` of
 * `termEntrySchema` would fill every omitted list (variants, alternates, tags …) with `[]` and wipe it.
 * Strict, so a misspelt field is an error instead of a silent no-op.
 */
const entryShape = termEntrySchema.shape;
export const entryPatchSchema = z.strictObject({
  zh: entryShape.zh.optional(),
  variants: entryShape.variants.unwrap().optional(),
  en: entryShape.en.optional(),
  alternates: entryShape.alternates.unwrap().optional(),
  forbidden: entryShape.forbidden.unwrap().optional(),
  note: entryShape.note,
  history: entryShape.history.unwrap().optional(),
  tags: entryShape.tags.unwrap().optional(),
  sources: entryShape.sources.unwrap().optional(),
  status: entryShape.status.optional(),
});
/** Compile-time: a field added to entries must be added to the patch too. */
type UnpatchableFields = Exclude<keyof TermEntry, 'id' | 'createdBy' | 'createdAt' | 'modifiedBy' | 'modifiedAt' | keyof z.infer<typeof entryPatchSchema>>;
export const ENTRY_PATCH_COVERS_EVERY_FIELD: [UnpatchableFields] extends [never] ? true : never = true;

const segmentSchema = z.object({ id: z.string().min(1), text: z.string(), original: z.string(), originalPieces: z.array(z.number().int().nonnegative()).optional() });
const fileSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1) }),
  z.object({ kind: z.literal('bytes'), name: z.string().min(1), base64: z.string() }),
]);

export interface GlossaryImportPreview {
  importId: string;
  fileName: string;
  format: GlossaryFormat;
  valid: number;
  sample: TermEntry[];
  problems: Array<{ where: string; message: string }>;
  replaces: string[];
}

/** One segment's QA: its terms' check against its English. */
export interface SegmentCheck {
  segmentId: string;
  check: TranslationCheck;
}

export const glossaryMethods = {
  /** Terms of given cleaned Simplified texts, one list per text. */
  'glossary.matchTexts': method<TermMatch[][]>()(z.object({ texts: z.array(z.string()).max(20000) })),
  /** Terms of given segments, with offsets in the cleaned and the original text. */
  'glossary.matchSegments': method<SegmentTerms[]>()(z.object({ segments: z.array(segmentSchema).max(20000) })),
  /** Terms of every segment of an open project, each entry sent once (`unpackSegmentTerms` restores them). */
  'glossary.matchProject': method<PackedSegmentTerms>()(z.object({ handle: z.string().min(1) })),
  /** Target-side check of one sentence pair. */
  'glossary.check': method<TranslationCheck>()(z.object({ zh: z.string(), en: z.string() })),
  /** Target-side check of every translated segment of an open project (segments with findings only). */
  'glossary.checkProject': method<SegmentCheck[]>()(z.object({ handle: z.string().min(1) })),
  'glossary.list': method<{ total: number; entries: ResolvedEntry[] }>()(
    z.object({
      text: z.string().optional(),
      layer: layerSchema.optional(),
      status: z.enum(TERM_STATUSES).optional(),
      tag: z.string().optional(),
      offset: z.number().int().nonnegative().optional(),
      limit: z.number().int().positive().max(5000).optional(),
    }),
  ),
  'glossary.get': method<ResolvedEntry>()(z.object({ id: z.string().min(1) })),
  /** Adds a new term to the personal glossary, or to the team glossary (`layer: 'team'`, synced a few seconds later). */
  'glossary.add': method<TermEntry>()(z.object({ entry: newEntrySchema, layer: writableLayerSchema.optional() })),
  /**
   * Changes the fields named in `patch` (an empty note clears it). `layer: 'personal'` (default): a built-in
   * or team entry gets a personal override with the same id. `layer: 'team'`: the team entry itself changes
   * (a personal copy of it is removed, so the team's version shows).
   */
  'glossary.edit': method<TermEntry>()(z.object({ id: z.string().min(1), patch: entryPatchSchema, layer: writableLayerSchema.optional() })),
  'glossary.deprecate': method<TermEntry>()(z.object({ id: z.string().min(1), reason: z.string().optional(), layer: writableLayerSchema.optional() })),
  /** Deletes a personal entry (an override: the shared version shows again), or a team entry (`layer: 'team'`). */
  'glossary.delete': method<{ id: string; layer: 'personal' | 'team' }>()(z.object({ id: z.string().min(1), layer: writableLayerSchema.optional() })),
  /** Reads a glossary file (format from its name unless given) and reports what would be imported. */
  'glossary.importPreview': method<GlossaryImportPreview>()(z.object({ source: fileSourceSchema, format: formatSchema.optional() })),
  /** Imports a previewed file into the personal glossary; with problems, only if `acceptValidPart`. */
  'glossary.importAccept': method<{ added: number; replaced: number; skippedProblems: number }>()(
    z.object({ importId: z.string().min(1), acceptValidPart: z.boolean().default(false) }),
  ),
  /** Writes the glossary to `path` (atomically) or returns the file's bytes as base64. */
  'glossary.export': method<{ path?: string; base64?: string; fileName: string; entries: number }>()(
    z.object({ format: formatSchema, layers: z.array(layerSchema).optional(), path: z.string().min(1).optional() }),
  ),
};
