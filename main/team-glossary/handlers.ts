import type { HandlersFor } from '../api/handlers';
import type { teamMethods } from '../api/contract/team';
import type { TeamGlossaryService } from './service';

export function createTeamHandlers(service: TeamGlossaryService): HandlersFor<typeof teamMethods> {
  return {
    'team.status': () => service.status(),
    'team.configure': (params) => service.configure(params),
    'team.sync': () => service.sync(),
    'team.entries': () => service.entries(),
    'team.saveEntry': ({ entry }) => service.saveEntry(entry),
    'team.deleteEntry': ({ id }) => service.deleteEntry(id),
    'team.conflicts': () => service.conflicts(),
    'team.resolve': ({ conflictId, choice, value }) => service.resolve(conflictId, choice, value),
    'team.history': ({ id, limit }) => service.history(id, limit),
    'team.revert': ({ id, commit }) => service.revert(id, commit),
  };
}
