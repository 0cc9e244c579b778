import { z } from 'zod';

/**
 * One glossary entry. The same shape serves the built-in term base, the personal glossary and the
 * team glossary, so entries can move between them and merge field by field.
 * Stable `id`s and deterministic serialization (see `serialize.ts`) keep git merges clean.
 */
export const TERM_STATUSES = ['approved', 'proposed', 'deprecated'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const VARIANT_TYPES = ['traditional', 'abbreviation', 'full-form', 'punctuation', 'other'] as const;

export const termVariantSchema = z.object({
  text: z.string().min(1),
  type: z.enum(VARIANT_TYPES),
});

export const forbiddenRenderingSchema = z.object({
  text: z.string().min(1),
  /** Why it is wrong, e.g. "machine translation of 百千万 as 'millions'". */
  reason: z.string().optional(),
});

/** An official rendering and when it was in use: where usage changed, the current one has no `until`. */
export const usageHistorySchema = z.object({
  en: z.string().min(1),
  from: z.string().optional(),
  until: z.string().optional(),
  note: z.string().optional(),
});

export const termSourceSchema = z.object({
  /** Xinhua, China Daily, Qiushi, gov.cn, SCIO, Guangdong government, Zhongshan government, team, ... */
  authority: z.string().min(1),
  /** URL or document title where the rendering is used. */
  reference: z.string().optional(),
  note: z.string().optional(),
});

export const termEntrySchema = z.object({
  id: z.string().min(1).regex(/^[A-Za-z0-9._-]+$/, 'ids use letters, digits, dot, underscore and hyphen'),
  /** Canonical Chinese form, Simplified. */
  zh: z.string().min(1),
  variants: z.array(termVariantSchema).default([]),
  /** Preferred English rendering. */
  en: z.string().min(1),
  alternates: z.array(z.string().min(1)).default([]),
  forbidden: z.array(forbiddenRenderingSchema).default([]),
  note: z.string().optional(),
  history: z.array(usageHistorySchema).default([]),
  tags: z.array(z.string().min(1)).default([]),
  sources: z.array(termSourceSchema).default([]),
  status: z.enum(TERM_STATUSES),
  createdBy: z.string().optional(),
  createdAt: z.string().optional(),
  modifiedBy: z.string().optional(),
  modifiedAt: z.string().optional(),
});

export type TermEntry = z.infer<typeof termEntrySchema>;
export type TermEntryInput = z.input<typeof termEntrySchema>;
export type TermVariant = z.infer<typeof termVariantSchema>;

/** Which glossary an entry came from; personal over team over built-in. */
export type GlossaryLayer = 'personal' | 'team' | 'builtin';
export const GLOSSARY_LAYERS_BY_PRIORITY: readonly GlossaryLayer[] = ['personal', 'team', 'builtin'];
