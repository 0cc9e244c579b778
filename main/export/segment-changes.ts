import type { Project, ProjectSegment } from '../project/schema';
import type { SegmentStatus } from '../document/types';

/**
 * What an import (review table, XLIFF) found changed, segment by segment, and how it is applied to the
 * project: pure, so the same plan is shown to the translator and then applied.
 */
export interface FieldChange<T> {
  before: T;
  after: T;
}

export interface SegmentChange {
  segmentId: string;
  /** The row number in the review table / position in the file, for the report. */
  number: number;
  target?: FieldChange<string>;
  comment?: FieldChange<string>;
  status?: FieldChange<SegmentStatus>;
}

export interface ImportReport {
  format: 'review-table' | 'xliff2' | 'xliff12';
  projectId: string;
  /** How many segments the file carried. */
  segmentsInFile: number;
  changes: SegmentChange[];
  /** Things the translator should know: rows without ids, Chinese edited in the file, unknown statuses. */
  warnings: string[];
}

/** The status a segment ends with when its English changed and the file did not say otherwise. */
function statusAfterTargetChange(segment: ProjectSegment, target: string): SegmentStatus {
  if (target.trim() === '') return 'new';
  return segment.status === 'new' ? 'draft' : (segment.status as SegmentStatus);
}

export function describeChange(change: SegmentChange): string {
  const parts: string[] = [];
  if (change.target) parts.push(`English: “${change.target.before}” → “${change.target.after}”`);
  if (change.status) parts.push(`status: ${change.status.before} → ${change.status.after}`);
  if (change.comment) parts.push(`comment: “${change.comment.before}” → “${change.comment.after}”`);
  return `#${change.number} (${change.segmentId}) ${parts.join('; ')}`;
}

/**
 * Compares what the file says with a segment; returns undefined when nothing differs. `status` is only
 * compared when the file gives one.
 */
export function diffSegment(
  segment: ProjectSegment,
  number: number,
  incoming: { target?: string; comment?: string; status?: SegmentStatus },
): SegmentChange | undefined {
  const change: SegmentChange = { segmentId: segment.id, number };
  // One segment is one row in the editor: line breaks from Word cells or XLIFF targets become spaces.
  const target = incoming.target?.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
  if (target !== undefined && target !== segment.target.trim()) {
    change.target = { before: segment.target, after: target };
  }
  const currentComment = (segment.comment ?? '').trim();
  if (incoming.comment !== undefined && incoming.comment.trim() !== currentComment) {
    change.comment = { before: currentComment, after: incoming.comment.trim() };
  }
  const currentStatus = segment.status as SegmentStatus;
  // A status the file changed wins; otherwise a changed translation moves the status along (new → draft).
  const statusChangedInFile = incoming.status !== undefined && incoming.status !== currentStatus;
  let status = statusChangedInFile ? incoming.status! : currentStatus;
  if (change.target && !statusChangedInFile) status = statusAfterTargetChange(segment, change.target.after);
  if (change.target && change.target.after === '') status = 'new';
  // Nothing is confirmed without English: a reviewer ticking an empty row keeps its status.
  const finalTarget = change.target ? change.target.after : segment.target.trim();
  if ((status === 'translated' || status === 'reviewed') && finalTarget === '' && status !== currentStatus) status = currentStatus;
  if (status !== currentStatus) change.status = { before: currentStatus, after: status };
  return change.target || change.comment || change.status ? change : undefined;
}

/** The project with the changes applied; every other segment and field is left exactly as it was. */
export function applySegmentChanges(project: Project, changes: SegmentChange[], stamp: { now: string; by?: string }): Project {
  const byId = new Map(changes.map((c) => [c.segmentId, c]));
  const segments = project.segments.map((segment) => {
    const change = byId.get(segment.id);
    if (!change) return segment;
    const next: ProjectSegment = { ...segment, modifiedAt: stamp.now };
    if (stamp.by) next.modifiedBy = stamp.by;
    if (change.target) {
      next.target = change.target.after;
      next.origin = 'imported';
    }
    if (change.status) next.status = change.status.after;
    if (change.comment) {
      if (change.comment.after === '') delete next.comment;
      else next.comment = change.comment.after;
    }
    return next;
  });
  return changes.length === 0 ? project : { ...project, segments, modifiedAt: stamp.now };
}
