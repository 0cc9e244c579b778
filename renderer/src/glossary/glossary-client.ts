import type { ApiClient } from '../api/client';
import type { GlossaryPort } from './glossary-port';
import { unpackSegmentTerms } from '../../../glossary/engine/packed-terms';

/** The glossary port over the typed API client. */
export function createGlossaryPort(client: ApiClient): GlossaryPort {
  return {
    // By handle: the service matches the project's own segments, original-text offset maps included.
    matchProject: async (handle) => unpackSegmentTerms(await client.call('glossary.matchProject', { handle })),
    search: (text, limit = 200) => client.call('glossary.list', { text: text || undefined, limit }),
    add: (entry, layer) => client.call('glossary.add', { entry, layer }),
    edit: (id, patch, layer) => client.call('glossary.edit', { id, patch, layer }),
    deprecate: (id, layer, reason) => client.call('glossary.deprecate', { id, reason, layer }),
    remove: (id, layer) => client.call('glossary.delete', { id, layer }),
    teamConfigured: async () => (await client.call('team.status', {})).configured,
    history: (id) => client.call('team.history', { id }),
    revert: (id, commit) => client.call('team.revert', { id, commit }),
    onChanged: (listener) => client.onEvent((event) => event.type === 'glossary-changed' && listener()),
  };
}
