import type { NewMemoryPair } from '../memory/types';

/**
 * Where imported TMX pairs go: the translation memory (main/memory/, another capability). Only this
 * much of it is needed here, so the memory plugs in through the composition root.
 */
export interface MemoryPairInput {
  source: string;
  target: string;
  sourceLanguage: string;
  targetLanguage: string;
  createdAt?: string;
  createdBy?: string;
  note?: string;
  /** Where the pair came from, e.g. "TMX from OmegaT". */
  origin: string;
}

export interface TranslationMemorySink {
  addPairs(pairs: MemoryPairInput[]): Promise<{ added: number; skipped: number }>;
}

/** The translation memory store as a sink: TMX pairs become `imported` entries, their tool as the source. */
export function memorySinkFrom(memory: { addPairs(pairs: readonly NewMemoryPair[]): Promise<{ added: number; skipped: number }> }): TranslationMemorySink {
  return {
    addPairs: (pairs) =>
      memory.addPairs(
        pairs.map((p) => ({
          zh: p.source,
          en: p.target,
          origin: 'imported' as const,
          source: p.origin,
          ...(p.createdAt ? { createdAt: p.createdAt } : {}),
          ...(p.createdBy ? { createdBy: p.createdBy } : {}),
        })),
      ),
  };
}
