import type { TermStatus } from '../../engine/entry';

/**
 * The hand-written shape of one built-in term. The generator (`../generate.ts`) turns it into a
 * `TermEntry`: it adds the Traditional variants (opencc-js), the creation metadata and the sort order,
 * so the source files carry only what a reviewer has to check.
 */
export const DOMAINS = [
  'party-building',
  'ideology',
  'discipline',
  'governance',
  'economy',
  'innovation',
  'rural',
  'ecology',
  'social-policy',
  'regional',
  'greater-bay-area',
  'hong-kong-macao',
  'diplomacy',
  'guangdong',
  'zhongshan',
  'meizhou',
  'institutions',
  'meetings',
  'titles',
  'slogan',
] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Citation {
  /** Who published the English text: Xinhua, China Daily, State Council, SCIO, ... (see `../authorities.ts`). */
  authority: string;
  /** URL or document title. */
  reference: string;
  note?: string;
}

export interface SourceVariant {
  text: string;
  type: 'abbreviation' | 'full-form' | 'punctuation' | 'other';
}

export interface SourceHistory {
  en: string;
  from?: string;
  until?: string;
  note?: string;
}

export interface SourceTerm {
  id: string;
  /** Simplified Chinese canonical form. */
  zh: string;
  en: string;
  alt?: string[];
  /** Non-Traditional variants; the Traditional forms of `zh` and of these are generated. */
  variants?: SourceVariant[];
  /** Known wrong renderings: [text, reason]. */
  forbid?: Array<[string, string]>;
  note?: string;
  history?: SourceHistory[];
  tags: Domain[];
  cite: Citation[];
  status: Extract<TermStatus, 'approved' | 'proposed'>;
}
