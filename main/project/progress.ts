import type { SegmentKind, SegmentStatus } from '../document/types';

/** Kinds a translator is expected to translate; the rest (chrome, captions, foreign blocks) are skippable. */
export const TRANSLATABLE_KINDS: readonly SegmentKind[] = ['body', 'headline'];

export interface ProjectProgress {
  total: number;
  /** Segments of a translatable kind (body, headline). */
  translatable: number;
  /** Translatable segments confirmed (translated or reviewed). */
  confirmed: number;
  byStatus: Record<SegmentStatus, number>;
  /** confirmed / translatable, 0..100, rounded down so 100 means really done. */
  percent: number;
}

/** Progress for the status bar and the CLI. Pure: the renderer imports it too. */
export function projectProgress(segments: ReadonlyArray<{ kind: string; status: string }>): ProjectProgress {
  const byStatus: Record<SegmentStatus, number> = { new: 0, draft: 0, translated: 0, reviewed: 0 };
  let translatable = 0;
  let confirmed = 0;
  for (const segment of segments) {
    byStatus[segment.status as SegmentStatus] = (byStatus[segment.status as SegmentStatus] ?? 0) + 1;
    if (!(TRANSLATABLE_KINDS as readonly string[]).includes(segment.kind)) continue;
    translatable += 1;
    if (segment.status === 'translated' || segment.status === 'reviewed') confirmed += 1;
  }
  const percent = translatable === 0 ? 100 : Math.floor((confirmed * 100) / translatable);
  return { total: segments.length, translatable, confirmed, byStatus, percent };
}
