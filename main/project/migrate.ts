import { UserFacingError } from '../common/errors';
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, projectSchema, type Project } from './schema';

/**
 * Brings a parsed project file of any supported version to the current schema, or refuses it with a
 * message that says why. A file from a newer Duizhao is refused (never "repaired"), so saving can
 * never destroy what the newer version wrote.
 */
type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** `migrations[n]` turns a version-n file into a version-(n+1) file. Version 1 is the first. */
const migrations: Record<number, Migration> = {};

export function migrateProject(raw: unknown, label: string): Project {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== PROJECT_FORMAT) {
    throw new UserFacingError('PROJECT_NOT_A_PROJECT', `${label} is not a Duizhao project.`, 'Choose a .duizhao file saved by Duizhao.');
  }
  let file = raw as Record<string, unknown>;
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw corrupt(label, 'its schemaVersion is missing or invalid');
  }
  if (version > PROJECT_SCHEMA_VERSION) {
    throw new UserFacingError(
      'PROJECT_NEWER_VERSION',
      `${label} was saved by a newer Duizhao (project format ${version}; this version reads up to ${PROJECT_SCHEMA_VERSION}).`,
      'Update Duizhao to open it. The file has not been changed.',
    );
  }
  for (let v = version; v < PROJECT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw corrupt(label, `no migration from format ${v}`);
    file = { ...step(file), schemaVersion: v + 1 };
  }
  const parsed = projectSchema.safeParse(file);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw corrupt(label, first);
  }
  const project = parsed.data;
  const seen = new Set<string>();
  for (const segment of project.segments) {
    if (seen.has(segment.id)) throw corrupt(label, `segment id "${segment.id}" appears twice`);
    seen.add(segment.id);
  }
  return project;
}

function corrupt(label: string, reason: string): UserFacingError {
  return new UserFacingError('PROJECT_CORRUPT', `${label} is damaged and cannot be opened (${reason}).`, 'The file has not been changed. Open its autosave or a backup copy, or report the file.');
}
