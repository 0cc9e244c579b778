import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseBeads } from '../beads-format';
import { UserFacingError } from '../../common/errors';

/**
 * The gold sentence alignments in ../shared/bench/align/ (beside the repository), read at run time:
 * the texts are copyrighted excerpts and never enter the project.
 */
export interface GoldDocument {
  name: string;
  zh: string[];
  en: string[];
  gold: Array<{ zh: number[]; en: number[] }>;
}

export function goldCorpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'bench', 'align');
}

const lines = (text: string) => text.replace(/\r?\n$/, '').split(/\r?\n/);

export async function loadGoldSet(repoRoot: string, set: 'pol-dev' | 'mac-dev'): Promise<GoldDocument[]> {
  const dir = path.join(goldCorpusDir(repoRoot), set);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((f) => f.endsWith('.gold')).map((f) => f.slice(0, -'.gold'.length)).sort();
  } catch {
    throw new UserFacingError('ALIGN_GOLD_MISSING', `The alignment gold data is not at ${dir}.`, 'It lives in ../shared/bench/align beside the repository.');
  }
  return Promise.all(
    names.map(async (name) => {
      const read = (ext: string) => fs.readFile(path.join(dir, `${name}.${ext}`), 'utf8');
      const [zh, en, gold] = await Promise.all([read('zh'), read('en'), read('gold')]);
      return { name, zh: lines(zh), en: lines(en), gold: parseBeads(gold, `${name}.gold`) };
    }),
  );
}
