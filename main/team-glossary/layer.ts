import type { EditableTeamLayer } from '../glossary-service/glossary-service';
import type { SettingsStore } from '../settings/store';
import type { TeamGlossaryService } from './service';

/**
 * The team glossary as the layered glossary's middle layer (personal over team over built-in). Saves
 * commit to the local clone; whoever owns the service decides when to sync (the app's scheduler, or
 * `duizhao glossary sync`).
 */
export function teamLayer(service: TeamGlossaryService, settings: SettingsStore): EditableTeamLayer {
  return {
    layer: 'team',
    load: () => service.entries(),
    configured: async () => Boolean((await settings.get()).team?.remote),
    save: (entry) => service.saveEntry(entry),
    delete: (id) => service.deleteEntry(id),
  };
}
