import type { AlignedPair, Project, ProjectSegment } from '../project/schema';
import type { AlignedSide, Bead } from './types';

/**
 * Accepting a reviewed alignment into a project: each bead's English becomes the translation of its
 * Chinese segments (status translated, origin "aligned"), and the pairs are kept for the translation
 * memory. A segment the translator already confirmed keeps its translation: accepting never
 * overwrites confirmed work.
 */
export interface AcceptOptions {
  now: Date;
  by?: string;
  /** Status for beads below the confidence threshold when accepting without review (new project). */
  unsureStatus?: 'draft' | 'translated';
  unsureBelow?: number;
}

export interface AcceptResult {
  project: Project;
  /** Segments that received a translation. */
  translated: number;
  /** Segments left alone because they were already confirmed. */
  kept: number;
  pairs: Array<{ zh: string; en: string }>;
}

/** Chinese and English text of each bead with both sides. */
export function pairsFromBeads(zh: AlignedSide, en: AlignedSide, beads: readonly Pick<Bead, 'zh' | 'en'>[]): Array<{ zh: string; en: string }> {
  return beads
    .filter((b) => b.zh.length > 0 && b.en.length > 0)
    .map((b) => ({ zh: b.zh.map((i) => zh.sentences[i]).join(''), en: b.en.map((j) => en.sentences[j]).join(' ') }))
    .filter((p) => p.zh.trim() !== '' && p.en.trim() !== '');
}

export function acceptIntoProject(project: Project, zh: AlignedSide, en: AlignedSide, beads: readonly Bead[], options: AcceptOptions): AcceptResult {
  const ids = zh.segmentIds ?? [];
  const byId = new Map(project.segments.map((s, index) => [s.id, index] as const));
  const segments = [...project.segments];
  const stamp = options.now.toISOString();
  let translated = 0;
  let kept = 0;
  const pairs: Array<{ zh: string; en: string }> = [];
  const alignedPairs: AlignedPair[] = [];
  for (const bead of beads) {
    if (bead.zh.length === 0 || bead.en.length === 0) continue;
    const english = bead.en.map((j) => en.sentences[j]).join(' ');
    const indices = bead.zh.map((i) => byId.get(ids[i] ?? '')).filter((x): x is number => x !== undefined);
    if (indices.length === 0) continue;
    const status = options.unsureStatus && bead.confidence < (options.unsureBelow ?? 0) ? options.unsureStatus : 'translated';
    indices.forEach((index, k) => {
      const current = segments[index];
      if (isConfirmed(current)) {
        kept++;
        return;
      }
      const first = segments[indices[0]];
      segments[index] = {
        ...current,
        target: k === 0 ? english : '',
        status,
        origin: 'aligned',
        ...(k === 0 ? {} : { comment: `Translated together with segment ${first.id}.` }),
        modifiedAt: stamp,
        ...(options.by ? { modifiedBy: options.by } : {}),
      };
      translated++;
    });
    const chinese = bead.zh.map((i) => zh.sentences[i]).join('');
    pairs.push({ zh: chinese, en: english });
    alignedPairs.push({ zh: chinese, en: english, origin: 'aligned', createdAt: stamp, ...(options.by ? { createdBy: options.by } : {}) });
  }
  const known = new Set(project.alignedPairs.map((p) => `${p.zh}\u0000${p.en}`));
  const fresh = alignedPairs.filter((p) => !known.has(`${p.zh}\u0000${p.en}`));
  return {
    project: { ...project, segments, alignedPairs: [...project.alignedPairs, ...fresh], modifiedAt: stamp },
    translated,
    kept,
    pairs,
  };
}

function isConfirmed(segment: ProjectSegment): boolean {
  return (segment.status === 'translated' || segment.status === 'reviewed') && segment.target.trim() !== '';
}
