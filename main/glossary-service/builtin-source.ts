import type { TermEntry } from '../../glossary/engine/entry';
import type { GlossaryLayerSource } from '../../glossary/engine/layers';
import { validateEntries, type EntryParseProblem } from '../../glossary/engine/serialize';

/**
 * The built-in political term base (glossary/data/political-terms.json), bundled with the app.
 * Invalid entries are left out and kept in `problems` (the data tests keep that list empty), so one bad
 * entry never takes the whole term base away from a translator.
 */
export class BuiltinGlossarySource implements GlossaryLayerSource {
  readonly layer = 'builtin' as const;
  problems: EntryParseProblem[] = [];

  constructor(private readonly loadData: () => Promise<unknown> = loadBundledTermBase) {}

  async load(): Promise<TermEntry[]> {
    const data = await this.loadData();
    if (!Array.isArray(data)) {
      this.problems = [{ where: 'political-terms.json', message: 'expected a JSON array of entries' }];
      return [];
    }
    const { entries, problems } = validateEntries(data);
    this.problems = problems;
    return entries;
  }
}

async function loadBundledTermBase(): Promise<unknown> {
  const module = (await import('../../glossary/data/political-terms.json')) as { default: unknown };
  return module.default;
}

/** A fixed list of entries as a layer (tests, scripts, a glossary file given on the command line). */
export class StaticGlossarySource implements GlossaryLayerSource {
  constructor(
    readonly layer: GlossaryLayerSource['layer'],
    private readonly entries: readonly TermEntry[],
  ) {}
  async load(): Promise<TermEntry[]> {
    return [...this.entries];
  }
}
