import { z } from 'zod';
import { method } from './define';
import type { ConcordanceHit, FuzzyMatch } from '../../memory/types';

/** Translation memory: fuzzy matches for a sentence, concordance search, adding confirmed pairs. */
export const memoryMethods = {
  'memory.lookup': method<FuzzyMatch[]>()(
    z.object({ text: z.string(), minScore: z.number().min(0).max(1).optional(), limit: z.number().int().positive().max(50).optional() }),
  ),
  'memory.concordance': method<ConcordanceHit[]>()(
    z.object({ query: z.string().min(1), side: z.enum(['zh', 'en', 'both']).optional(), limit: z.number().int().positive().max(500).optional() }),
  ),
  'memory.add': method<{ added: number; skipped: number }>()(
    z.object({
      pairs: z.array(z.object({ zh: z.string(), en: z.string() })).min(1),
      origin: z.enum(['confirmed', 'aligned', 'imported']),
      source: z.string().optional(),
    }),
  ),
  'memory.stats': method<{ entries: number; file: string }>()(z.object({})),
};
