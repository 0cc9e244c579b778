import type { HandlersFor } from '../api/handlers';
import type { memoryMethods } from '../api/contract/memory';
import type { TranslationMemory } from './store';
import { exportMemoryTmx } from './export-tmx';

export function createMemoryHandlers(deps: { memory: TranslationMemory; translator: () => Promise<string | undefined>; appVersion: string }): HandlersFor<typeof memoryMethods> {
  const { memory } = deps;
  return {
    'memory.lookup': ({ text, minScore, limit }) => memory.lookup(text, { minScore, limit }),
    'memory.concordance': ({ query, side, limit }) => memory.concordance(query, { side, limit }),
    'memory.add': async ({ pairs, origin, source }) => {
      const createdBy = await deps.translator();
      return memory.addPairs(pairs.map((p) => ({ ...p, origin, source, createdBy })));
    },
    'memory.stats': async () => ({ entries: await memory.size(), file: memory.file }),
    'memory.exportTmx': async ({ path }, ctx) => exportMemoryTmx(memory, { path, translator: await deps.translator(), toolVersion: deps.appVersion }, ctx),
  };
}
