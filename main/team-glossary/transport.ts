import type { GitGlossaryStore } from './git-store';

/**
 * How the local clone talks to the team repository. Two implementations: smart HTTP through
 * isomorphic-git (`http-transport.ts`), and a bare repository in a folder (`folder-transport.ts`).
 */
export interface RemoteTransport {
  /** The remote's branch for the glossary and its tip; null tip when the repository is still empty. */
  discover(): Promise<{ branch: string; tip: string | null }>;
  /** Brings the branch's commits into the local repository; returns the remote tip (null when empty). */
  fetch(local: GitGlossaryStore): Promise<string | null>;
  /**
   * Moves the remote branch to `oid` (a descendant of `expected`, already in the local repository).
   * Throws PushRaceError when someone else moved the branch first, so the caller fetches and merges again.
   */
  push(local: GitGlossaryStore, oid: string, expected: string | null): Promise<void>;
  /** Publishes the first commit of a new glossary in an empty repository; returns the branch it is on. */
  initialize(local: GitGlossaryStore, oid: string): Promise<string>;
}

export class PushRaceError extends Error {
  constructor(message = 'The team glossary changed while pushing.') {
    super(message);
    this.name = 'PushRaceError';
  }
}
