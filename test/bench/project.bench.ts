// Project backend figures: opening and saving a 1,000-segment project and one keystroke's
// project.updateSegment, all through the real web host over HTTP, against the bare costs they contain.
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './types';
import { serveWebHost } from '../../main/webhost/serve';
import { ProjectFileStore } from '../../main/project/file-store';
import { createProject } from '../../main/project/model';
import { writeFileAtomic } from '../../main/common/atomic-write';
import { sampleDocument } from '../unit/project/sample-document';
import type { PreparedDocument } from '../../main/document/types';

function thousandSegments(): PreparedDocument {
  const seed = sampleDocument('000_e9e6f547ac829196.txt', 100);
  const segments = Array.from({ length: 1000 }, (_, i) => ({ ...seed.segments[i % seed.segments.length], id: `s${i + 1}`, paragraph: Math.floor(i / 5) }));
  const paragraphs = Array.from({ length: 200 }, (_, i) => ({ ...seed.paragraphs[i % seed.paragraphs.length], index: i }));
  return { ...seed, segments, paragraphs };
}

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dz-bench-project-'));
  const file = join(dir, 'thousand.duizhao');
  const project = createProject(thousandSegments(), { id: 'bench', now: new Date() });
  await new ProjectFileStore().write(file, project);
  const host = await serveWebHost({ dataHome: join(dir, 'home'), staticRoot: dir });
  const call = async (method: string, params: unknown) => {
    const response = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duizhao-token': host.token }, body: JSON.stringify({ params }) });
    const body = (await response.json()) as { ok: boolean; result: any; error?: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.result;
  };
  try {
    await call('app.info', {});
    const openMs = await median(7, async () => {
      const { handle } = await call('project.open', { path: file });
      await call('project.close', { handle, discardChanges: true });
    });
    const parseMs = await median(7, async () => JSON.parse(await fs.readFile(file, 'utf8')));

    const { handle } = await call('project.open', { path: file });
    let n = 0;
    const keystrokeMs = await median(51, () => call('project.updateSegment', { handle, segmentId: 's500', target: `Typing ${n++}` }));
    const pingMs = await median(51, () => call('app.info', {}));
    const saveMs = await median(7, async () => {
      await call('project.updateSegment', { handle, segmentId: 's1', target: `Save ${n++}` });
      await call('project.save', { handle });
    });
    const text = JSON.stringify(project, null, 2);
    const writeMs = await median(7, () => writeFileAtomic(join(dir, 'raw.json'), text));
    return [
      { name: 'open a 1,000-segment project (HTTP)', figure: `${openMs.toFixed(1)} ms`, ratio: openMs / parseMs, baseline: `read + JSON.parse of the file (${parseMs.toFixed(1)} ms); time ratio` },
      { name: 'one keystroke: project.updateSegment (HTTP)', figure: `${keystrokeMs.toFixed(2)} ms`, ratio: keystrokeMs / pingMs, baseline: `app.info round trip (${pingMs.toFixed(2)} ms); time ratio`, target: 'figure < 50 ms' },
      { name: 'save a 1,000-segment project (HTTP)', figure: `${saveMs.toFixed(1)} ms`, ratio: saveMs / writeMs, baseline: `atomic write of the same JSON (${writeMs.toFixed(1)} ms); time ratio` },
    ];
  } finally {
    await host.close();
  }
}
