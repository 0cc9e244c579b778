import type { TermEntry } from '../../glossary/engine/entry';
import type { FieldChange } from './entry-diff';
import type { SecretProtection } from '../settings/secret-store';

/** Results the team glossary service returns through the API (plain data; the renderer imports these types). */

export type TeamSyncState = 'not-configured' | 'synced' | 'pending' | 'offline' | 'conflicts' | 'error';

export interface TeamStatus {
  configured: boolean;
  /** HTTPS address or folder of the team repository. */
  remote?: string;
  branch?: string;
  /** The local clone's head commit: the team glossary version this translator has. */
  head?: string;
  /** The user name sent with the token, when one was given (some servers need a particular one). */
  username?: string;
  /** Whether a token is stored (never the token itself). */
  hasToken: boolean;
  /** How the stored token is protected: encrypted by the OS keychain, or in a file only this user can read. */
  tokenProtection?: SecretProtection;
  /** Local commits not yet on the remote (edits made offline, or waiting for the debounced sync). */
  unpushed: boolean;
  entries: number;
  conflicts: number;
  lastSyncAt?: string;
  lastError?: { code: string; message: string; hint?: string; at: string };
  state: TeamSyncState;
  translator: string;
}

export interface SyncReport {
  state: 'synced' | 'offline' | 'conflicts';
  message: string;
  /** Entries the sync changed locally (others' edits merged in). */
  received: number;
  pushed: boolean;
  newConflicts: number;
  conflicts: number;
  /** Fetch-merge-push rounds (more than one when someone else pushed in between). */
  attempts: number;
}

/** One version of an entry in its history: who changed which fields, when. */
export interface EntryVersion {
  commit: string;
  author: string;
  at: string;
  message: string;
  change: 'added' | 'edited' | 'deleted';
  /** Made by a sync merging others' edits in (the diff is against this translator's previous version). */
  merge: boolean;
  fields: FieldChange[];
  /** The entry as this commit left it (null when deleted or unreadable). */
  entry: TermEntry | null;
}
