// Calibrates the zh/en length model on pol-dev and writes length-model.json beside this script:
//   node --import tsx main/alignment/calibration/calibrate-length-model.ts
// ratio    = English characters per Chinese character, over all gold beads with both sides;
// variance = maximum-likelihood s² of Gale and Church's model en − ratio·zh ~ N(0, s²·zh);
// priors   = relative frequency of each bead shape in the gold.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGoldSet } from './gold-corpus';
import { chineseLength, englishLength } from '../features';
import { writeFileAtomic } from '../../common/atomic-write';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const documents = await loadGoldSet(repoRoot, 'pol-dev');

const pairs: Array<[number, number]> = [];
const shapes = new Map<string, number>();
let beads = 0;
for (const doc of documents) {
  for (const bead of doc.gold) {
    beads++;
    const shape = `${bead.zh.length}-${bead.en.length}`;
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    if (bead.zh.length === 0 || bead.en.length === 0) continue;
    const zh = bead.zh.reduce((s, i) => s + chineseLength(doc.zh[i]), 0);
    const en = bead.en.reduce((s, j) => s + englishLength(doc.en[j]), 0);
    if (zh > 0) pairs.push([zh, en]);
  }
}
const ratio = pairs.reduce((s, [, en]) => s + en, 0) / pairs.reduce((s, [zh]) => s + zh, 0);
const variance = pairs.reduce((s, [zh, en]) => s + (en - ratio * zh) ** 2, 0) / pairs.reduce((s, [zh]) => s + zh, 0);
const priors: Record<string, number> = {};
for (const [shape, count] of [...shapes].sort()) priors[shape] = Number((count / beads).toFixed(5));
// Shapes the data never showed: insertions and deletions get half a count, so they stay possible.
for (const shape of ['1-0', '0-1']) priors[shape] ??= Number((0.5 / beads).toFixed(5));

const model = { source: 'pol-dev gold beads', beads, ratio: Number(ratio.toFixed(4)), variance: Number(variance.toFixed(4)), priors };
await writeFileAtomic(path.join(here, 'length-model.json'), JSON.stringify(model, null, 2) + '\n');
console.log(JSON.stringify(model, null, 2));
