import type { Bead } from './types';
import { UserFacingError } from '../common/errors';

/** `[3]:[4,5]`, `[7]:[]`, `[]:[9]`: the bead format of the gold alignments and of `duizhao align --format beads`. */
export function formatBead(bead: Pick<Bead, 'zh' | 'en'>): string {
  return `[${bead.zh.join(',')}]:[${bead.en.join(',')}]`;
}

export function formatBeads(beads: ReadonlyArray<Pick<Bead, 'zh' | 'en'>>): string {
  return beads.map(formatBead).join('\n') + (beads.length ? '\n' : '');
}

const BEAD_LINE = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;

export function parseBeads(text: string, sourceName = 'alignment'): Array<{ zh: number[]; en: number[] }> {
  const beads: Array<{ zh: number[]; en: number[] }> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = BEAD_LINE.exec(line);
    if (!match) {
      throw new UserFacingError('ALIGN_BAD_BEAD', `${sourceName}, line ${index + 1}: "${line.slice(0, 60)}" is not a bead.`, 'Write beads as [zh ids]:[en ids], e.g. [3]:[4,5].');
    }
    const ids = (s: string) => (s.trim() === '' ? [] : s.split(',').map((x) => Number(x.trim())));
    beads.push({ zh: ids(match[1]), en: ids(match[2]) });
  });
  return beads;
}
