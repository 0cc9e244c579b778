import { z } from 'zod';
import { method } from './define';
import type { ConcordanceHit, FuzzyMatch, MemoryAddResult } from '../../memory/types';

/** The whole memory as TMX: written to `path`, or (no path: the web host's download) returned as base64. */
export interface MemoryTmxExport {
  entries: number;
  size: number;
  /** A suggested name, `translation-memory-YYYY-MM-DD.tmx`. */
  fileName: string;
  path?: string;
  base64?: string;
}

/**
 * Translation memory: fuzzy matches for a sentence, concordance search, adding pairs, TMX export.
 * Confirmed segments join it by themselves (project.updateSegment with translated/reviewed), TMX files
 * through `export.importTmx`; every change is announced with a `memory-changed` event.
 */
export const memoryMethods = {
  'memory.lookup': method<FuzzyMatch[]>()(
    z.object({ text: z.string(), minScore: z.number().min(0).max(1).optional(), limit: z.number().int().positive().max(50).optional() }),
  ),
  'memory.concordance': method<ConcordanceHit[]>()(
    z.object({ query: z.string().min(1), side: z.enum(['zh', 'en', 'both']).optional(), limit: z.number().int().positive().max(500).optional() }),
  ),
  'memory.add': method<MemoryAddResult>()(
    z.object({
      pairs: z.array(z.object({ zh: z.string(), en: z.string() })).min(1),
      origin: z.enum(['confirmed', 'aligned', 'imported']),
      source: z.string().optional(),
    }),
  ),
  'memory.stats': method<{ entries: number; file: string }>()(z.object({})),
  'memory.exportTmx': method<MemoryTmxExport>()(z.object({ path: z.string().min(1).optional() }), { longRunning: true }),
};
