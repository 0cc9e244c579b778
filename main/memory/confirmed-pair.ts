import type { Project, ProjectSegment } from '../project/schema';
import type { NewMemoryPair } from './types';

/** Kinds of segment whose translation is worth reusing: not site chrome, datelines, bylines or foreign text. */
const MEMORY_KINDS = new Set(['headline', 'body', 'caption']);

/**
 * The memory pair a segment edit yields: a confirmed (translated or reviewed) segment with English,
 * keyed by project and segment so that confirming it again after a correction updates the pair
 * (merge-pairs.ts). Who and when are the segment's own stamps. Pure.
 */
export function confirmedPair(project: Pick<Project, 'id' | 'name'>, segment: ProjectSegment): NewMemoryPair | undefined {
  if (segment.status !== 'translated' && segment.status !== 'reviewed') return undefined;
  if (!MEMORY_KINDS.has(segment.kind)) return undefined;
  const zh = segment.text.trim();
  const en = segment.target.trim();
  if (zh === '' || en === '') return undefined;
  return {
    zh,
    en,
    origin: 'confirmed',
    source: project.name,
    segment: `${project.id}:${segment.id}`,
    ...(segment.modifiedAt ? { createdAt: segment.modifiedAt } : {}),
    ...(segment.modifiedBy ? { createdBy: segment.modifiedBy } : {}),
  };
}
