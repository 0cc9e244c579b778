import { join } from 'node:path';
import type { SegmentKind } from '../../../../main/document/types';
import { prepareDocument } from '../../../../main/document/prepare';
import { createProject } from '../../../../main/project/model';
import { projectSchema, PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, type Project } from '../../../../main/project/schema';

/**
 * Test projects built from the seed articles through the real pipeline (prepareDocument) and project
 * model; `projectFromText` builds small hand-made projects for cases the seeds do not have.
 */
export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');
export const SEED_000 = '000_e9e6f547ac829196.txt';

const SENTENCE = /[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$/g;

export function projectFromText(text: string, name: string, id = 'proj-0001'): Project {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const paragraphs = lines.map((line, index) => ({ index, kind: kindOf(line, index), text: line, original: line }));
  const segments = paragraphs.flatMap((p) => {
    let offset = 0;
    return [...p.text.matchAll(SENTENCE)].map((m) => {
      const start = p.text.indexOf(m[0], offset);
      offset = start + m[0].length;
      return { paragraph: p.index, kind: p.kind, text: m[0], original: m[0], start, end: offset, originalStart: start, originalEnd: offset };
    });
  });
  return projectSchema.parse({
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id,
    name,
    createdAt: '2026-11-20T08:00:00.000Z',
    modifiedAt: '2026-11-20T09:00:00.000Z',
    translator: 'Li Ming',
    source: { fileName: name, format: 'txt', encoding: 'utf-8', script: 'simplified' },
    cleanup: [],
    paragraphs,
    segments: segments.map((s, i) => ({ id: `s${i + 1}`, ...s })),
  });
}

function kindOf(line: string, index: number): string {
  if (index < 2 && !/[。！？]$/.test(line)) return 'headline';
  if (/^图为/.test(line)) return 'caption';
  return 'body';
}

/** English for the opening of seed 000, in the register of the Zhongshan paper's English summaries. */
const SEED_000_ENGLISH: Record<string, [string, 'draft' | 'translated' | 'reviewed', string?]> = {
  s1: ['Zhongshan holds cadre meeting to study and implement the guiding principles of General Secretary Xi Jinping’s important speech and instructions during his inspection of Guangdong', 'reviewed'],
  s2: ['Writing a new chapter of high-quality development and modernization in Zhongshan with new commitment and new deeds', 'translated'],
  s3: ['On April 18, a city-wide cadre meeting to convey, study and implement the guiding principles of General Secretary Xi Jinping’s important speech and instructions during his inspection of Guangdong was held at the Municipal Conference Center.', 'translated'],
  s4: ['On April 18, Zhongshan held a city-wide cadre meeting to convey and study the guiding principles of General Secretary Xi Jinping’s important speech and instructions during his inspection of Guangdong, to implement the guiding principles of the provincial cadre meeting and the requirements of Huang Kunming, Secretary of the Provincial Party Committee, and to plan the city’s measures.', 'translated', 'Check the title of Huang Kunming against the provincial site.'],
  s5: ['Guo Wenhai, Secretary of the CPC Zhongshan Municipal Committee, presided over the meeting and delivered a speech; Mayor Xiao Zhanxin attended.', 'draft'],
  s6: ['Guo Wenhai pointed out that since the 18th CPC National Congress, General Secretary Xi Jinping has inspected Guangdong four times, visiting the Pearl River Delta as well as eastern, western and northern Guangdong.', 'translated'],
  s8: ['Guo Wenhai stressed the need to deeply understand the great significance and essence of General Secretary Xi Jinping’s important speech and instructions, to further grasp the decisive significance of the “Two Establishments” and to resolutely uphold the “Two Upholds”.', 'translated'],
};

/** A seed article as the app opens it: through the pipeline (prepareDocument) and the project model. */
export async function preparedSeedProject(seed: string, id = 'proj-0001'): Promise<Project> {
  const prepared = await prepareDocument({ kind: 'path', path: join(FIXTURES, seed) });
  return { ...createProject(prepared, { id, now: new Date('2026-11-20T08:00:00.000Z'), name: seed, translator: 'Li Ming' }), modifiedAt: '2026-11-20T09:00:00.000Z' };
}

/** Seed 000 with English for some segments (others untranslated), statuses mixed, one comment. */
export async function seed000Project(): Promise<Project> {
  const project = { ...(await preparedSeedProject(SEED_000)), name: '中山全市干部大会 (seed 000)' };
  for (const segment of project.segments) {
    const english = SEED_000_ENGLISH[segment.id];
    if (!english) continue;
    segment.target = english[0];
    segment.status = english[1];
    segment.comment = english[2];
    segment.origin = 'typed';
    segment.modifiedAt = '2026-11-20T08:30:00.000Z';
    segment.modifiedBy = 'Li Ming';
  }
  return project;
}

/** A project of `count` segments, every one translated: for benchmarks and size tests. */
export async function largeProject(count: number): Promise<Project> {
  const base = await seed000Project();
  const segments = Array.from({ length: count }, (_, i) => {
    const template = base.segments[i % base.segments.length];
    return {
      ...template,
      id: `s${i + 1}`,
      paragraph: Math.floor(i / 4),
      kind: (i === 0 ? 'headline' : 'body') as SegmentKind,
      target: `Translation of segment ${i + 1}: ${SEED_000_ENGLISH.s6[0]}`,
      status: (i % 3 === 0 ? 'reviewed' : 'translated') as Project['segments'][number]['status'],
    };
  });
  const paragraphs = Array.from({ length: Math.ceil(count / 4) }, (_, index) => ({
    index,
    kind: (index === 0 ? 'headline' : 'body') as SegmentKind,
    text: segments.filter((s) => s.paragraph === index).map((s) => s.text).join(''),
    original: '',
  }));
  return { ...base, id: 'proj-large', name: `Large project (${count} segments)`, segments, paragraphs };
}
