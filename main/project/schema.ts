import { z } from 'zod';
import { SEGMENT_KINDS, SEGMENT_STATUSES } from '../document/types';

/**
 * The `.duizhao` project file: versioned JSON. Readers refuse a newer `schemaVersion` with a clear
 * message and never overwrite it; older versions are migrated in `project/migrate.ts`.
 */
export const PROJECT_FORMAT = 'duizhao-project';
export const PROJECT_SCHEMA_VERSION = 1;

export const segmentKindSchema = z.enum(SEGMENT_KINDS as [string, ...string[]]);
export const segmentStatusSchema = z.enum(SEGMENT_STATUSES as [string, ...string[]]);

/** Where a translation came from. */
export const translationOriginSchema = z.enum(['typed', 'aligned', 'memory', 'imported', 'auto']);

export const projectSegmentSchema = z.object({
  id: z.string().min(1),
  paragraph: z.number().int().nonnegative(),
  kind: segmentKindSchema,
  text: z.string(),
  original: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  originalStart: z.number().int().nonnegative(),
  originalEnd: z.number().int().nonnegative(),
  /** The pipeline's cleaned→original piece lengths (Segment.originalPieces): exact term spans on the original. */
  originalPieces: z.array(z.number().int().nonnegative()).optional(),
  /** The English translation (may be empty). */
  target: z.string().default(''),
  status: segmentStatusSchema.default('new'),
  origin: translationOriginSchema.optional(),
  comment: z.string().optional(),
  modifiedAt: z.string().optional(),
  modifiedBy: z.string().optional(),
});

export const cleanupChangeSchema = z.object({
  step: z.string(),
  count: z.number().int().nonnegative(),
  examples: z.array(z.string()),
});

export const paragraphSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: segmentKindSchema,
  text: z.string(),
  original: z.string(),
});

/** A confirmed or aligned Chinese/English pair kept for the translation memory. */
export const alignedPairSchema = z.object({
  zh: z.string(),
  en: z.string(),
  origin: z.enum(['aligned', 'confirmed']),
  createdAt: z.string(),
  createdBy: z.string().optional(),
});

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.number().int().positive(),
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string(),
  modifiedAt: z.string(),
  sourceLanguage: z.string().default('zh-CN'),
  targetLanguage: z.string().default('en'),
  translator: z.string().optional(),
  source: z.object({
    fileName: z.string(),
    format: z.enum(['txt', 'docx', 'html', 'paste']),
    encoding: z.string().optional(),
    script: z.enum(['simplified', 'traditional']),
    warnings: z.array(z.string()).default([]),
  }),
  cleanup: z.array(cleanupChangeSchema),
  paragraphs: z.array(paragraphSchema),
  segments: z.array(projectSegmentSchema),
  alignedPairs: z.array(alignedPairSchema).default([]),
  notes: z.string().optional(),
});

export type Project = z.infer<typeof projectSchema>;
export type ProjectSegment = z.infer<typeof projectSegmentSchema>;
export type TranslationOrigin = z.infer<typeof translationOriginSchema>;
export type AlignedPair = z.infer<typeof alignedPairSchema>;
