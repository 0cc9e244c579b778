import type { HandlersFor } from '../api/handlers';
import type { projectMethods } from '../api/contract/project';
import type { ProjectSessions } from './sessions';

export function createProjectHandlers(sessions: ProjectSessions): HandlersFor<typeof projectMethods> {
  return {
    'project.create': (params, ctx) => sessions.create(params, ctx),
    'project.open': ({ path }) => sessions.open(path),
    'project.get': async ({ handle }) => sessions.get(handle),
    'project.save': ({ handle, path }) => sessions.save(handle, path),
    'project.close': async ({ handle, discardChanges }) => ({ closed: await sessions.close(handle, { discardChanges }) }),
    'project.updateSegment': ({ handle, segmentId, target, status, comment, origin }) =>
      sessions.updateSegment(handle, segmentId, { target, status: status as never, comment, origin }),
    'project.updateDetails': ({ handle, ...patch }) => sessions.updateDetails(handle, patch),
    'project.recent': () => sessions.recent(),
    'project.recoverable': () => sessions.recoverable(),
    'project.recover': ({ id }) => sessions.recover(id),
  };
}
