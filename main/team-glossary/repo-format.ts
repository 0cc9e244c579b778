import { termEntrySchema, type TermEntry } from '../../glossary/engine/entry';
import { UserFacingError } from '../common/errors';
import { serializeEntry } from '../../glossary/engine/serialize';

/**
 * The team glossary repository format: one JSON file per entry under `entries/<id>.json`, keys in schema
 * order, two-space indent, one field per line, so git diffs and merges touch only the entries and lines
 * that changed; plus a manifest at the root that marks the repository as a Duizhao glossary.
 */
export const MANIFEST_PATH = 'duizhao-glossary.json';
export const ENTRIES_DIR = 'entries';
export const MANIFEST_FORMAT = 'duizhao-team-glossary';
export const MANIFEST_VERSION = 1;

export interface GlossaryManifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  description: string;
}

export function newManifest(): GlossaryManifest {
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    description: 'Duizhao team glossary: one entry per file in entries/<id>.json (TermEntry, deterministic JSON).',
  };
}

export function serializeManifest(manifest: GlossaryManifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

export function entryFileName(id: string): string {
  return `${id}.json`;
}

export function entryPath(id: string): string {
  return `${ENTRIES_DIR}/${entryFileName(id)}`;
}

/** Deterministic (the glossary engine's serialization): the same entry always gives the same bytes. */
export function serializeTeamEntry(entry: TermEntry): string {
  return serializeEntry(entry);
}

/** Throws TEAM_NOT_A_GLOSSARY unless the manifest marks a Duizhao glossary this version can read. */
export function parseManifest(text: string | undefined, where: string): GlossaryManifest {
  const notGlossary = (why: string) =>
    new UserFacingError(
      'TEAM_NOT_A_GLOSSARY',
      `${where} is not a Duizhao team glossary: ${why}.`,
      'Point the team glossary at an empty repository (Duizhao sets it up) or at one another Duizhao user created.',
    );
  if (text === undefined) throw notGlossary(`it has no ${MANIFEST_PATH}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw notGlossary(`${MANIFEST_PATH} is not valid JSON`);
  }
  const manifest = parsed as Partial<GlossaryManifest> | null;
  if (!manifest || manifest.format !== MANIFEST_FORMAT) throw notGlossary(`${MANIFEST_PATH} does not say format "${MANIFEST_FORMAT}"`);
  if (typeof manifest.version !== 'number' || manifest.version > MANIFEST_VERSION) {
    throw new UserFacingError(
      'TEAM_GLOSSARY_TOO_NEW',
      `${where} uses team glossary format version ${String(manifest.version)}, newer than this Duizhao reads (${MANIFEST_VERSION}).`,
      'Update Duizhao to sync with this team glossary.',
    );
  }
  return manifest as GlossaryManifest;
}

/** Parses one entry file; a file that is not a valid entry is reported by name and never half-read. */
export function parseEntryFile(fileName: string, text: string, where: string): TermEntry {
  const corrupt = (why: string) =>
    new UserFacingError(
      'TEAM_CORRUPT_ENTRY',
      `The team glossary at ${where} has a damaged entry file ${ENTRIES_DIR}/${fileName}: ${why}.`,
      'Nothing was changed in your glossary. Ask whoever edited that file last to fix it (see its git history), then sync again.',
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw corrupt(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = termEntrySchema.safeParse(json);
  if (!parsed.success) {
    throw corrupt(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; '));
  }
  if (entryFileName(parsed.data.id) !== fileName) throw corrupt(`its id "${parsed.data.id}" does not match the file name`);
  return parsed.data;
}
