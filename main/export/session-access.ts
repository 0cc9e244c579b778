import type { ProjectSessions } from '../project/sessions';
import type { SegmentStatus } from '../document/types';
import type { ProjectAccess } from './export-service';

/**
 * The export service's view of the open projects, over the project sessions: imports are applied as
 * ordinary segment edits, so they are stamped, autosaved and undoable like typing.
 */
export function projectAccessFromSessions(sessions: ProjectSessions): ProjectAccess {
  return {
    project: (handle) => sessions.get(handle).project,
    async applyChanges(handle, changes) {
      const current = new Map(sessions.get(handle).project.segments.map((s) => [s.id, s]));
      for (const change of changes) {
        // The status is always given, so the sessions' "edited translation becomes a draft" rule does not
        // override what the import decided.
        const status = (change.status?.after ?? current.get(change.segmentId)?.status) as SegmentStatus | undefined;
        await sessions.updateSegment(handle, change.segmentId, { target: change.target?.after, comment: change.comment?.after, status });
      }
    },
  };
}
