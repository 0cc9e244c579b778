import type { ApiClient } from '../api/client';
import type { GlossaryPort } from './glossary-port';

/** The glossary port over the typed API client. */
export function createGlossaryPort(client: ApiClient): GlossaryPort {
  return {
    // By handle: the service matches the project's own segments, original-text offset maps included.
    matchProject: (handle) => client.call('glossary.matchProject', { handle }),
    search: (text, limit = 200) => client.call('glossary.list', { text: text || undefined, limit }),
    add: (entry) => client.call('glossary.add', { entry }),
    edit: (id, patch) => client.call('glossary.edit', { id, patch }),
    deprecate: (id, reason) => client.call('glossary.deprecate', { id, reason }),
  };
}
