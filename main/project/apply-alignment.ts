import type { Project, ProjectSegment } from './schema';
import type { DocumentSource } from '../api/contract/document';

/** What the aligner proposes for a project: its segments (in order) against the English sentences. */
export interface AlignmentForProject {
  en: { sentences: string[] };
  beads: Array<{ zh: number[]; en: number[] }>;
}

/** The project's Chinese side as the aligner takes it: one sentence per segment, in order. */
export function projectChineseSide(project: Project): { sentences: string[]; paragraphs: number[]; segmentIds: string[] } {
  return {
    sentences: project.segments.map((s) => s.text),
    paragraphs: project.segments.map((s) => s.paragraph),
    segmentIds: project.segments.map((s) => s.id),
  };
}

/**
 * Fills a new project's translations from an alignment with its existing English version. Aligned text
 * is a draft (origin `aligned`): the translator still confirms it. In an n–1 bead the English goes to
 * the first segment and the others note that they were translated with it; English that matches no
 * Chinese (0–1) is appended to the previous translation so none of it is lost. Every pair also goes
 * into `alignedPairs` for the translation memory. Pure.
 */
export function applyAlignment(project: Project, alignment: AlignmentForProject, now: Date): Project {
  const timestamp = now.toISOString();
  const segments: ProjectSegment[] = project.segments.map((s) => ({ ...s }));
  const pairs = [...project.alignedPairs];
  let previous: ProjectSegment | undefined;
  for (const bead of alignment.beads) {
    const english = bead.en.map((i) => alignment.en.sentences[i] ?? '').join(' ').trim();
    const group = bead.zh.map((i) => segments[i]).filter((s): s is ProjectSegment => Boolean(s));
    if (group.length === 0) {
      if (english && previous) previous.target = `${previous.target} ${english}`.trim();
      continue;
    }
    const [first, ...rest] = group;
    previous = first;
    if (!english) continue;
    Object.assign(first, { target: english, status: 'draft', origin: 'aligned', modifiedAt: timestamp });
    for (const other of rest) other.comment = `Translated together with ${first.id} (aligned).`;
    pairs.push({ zh: group.map((s) => s.text).join(''), en: english, origin: 'aligned', createdAt: timestamp });
  }
  return { ...project, segments, alignedPairs: pairs, modifiedAt: timestamp };
}

/** The aligner as the project needs it (main/alignment's AlignmentService fits). */
export interface ProjectAligner {
  align(input: {
    zh: ReturnType<typeof projectChineseSide>;
    en: DocumentSource;
    signal?: AbortSignal;
    onProgress?(done: number, total: number, label: string): void;
  }): Promise<AlignmentForProject>;
}

/** Project creation's "with an existing translation" step, for the session service and the CLI. */
export function alignTranslationWith(aligner: ProjectAligner, now: () => Date = () => new Date()) {
  return async (project: Project, translation: DocumentSource, task: { signal: AbortSignal; reportProgress(done: number, total: number, label: string): void }): Promise<Project> => {
    const proposal = await aligner.align({ zh: projectChineseSide(project), en: translation, signal: task.signal, onProgress: task.reportProgress });
    return applyAlignment(project, proposal, now());
  };
}
