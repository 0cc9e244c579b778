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
  /** Where the pair came from, e.g. "tmx:OmegaT". */
  origin: string;
}

export interface TranslationMemorySink {
  addPairs(pairs: MemoryPairInput[]): Promise<{ added: number; skipped: number }>;
}
