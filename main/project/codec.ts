import { UserFacingError } from '../common/errors';
import { migrateProject } from './migrate';
import type { Project } from './schema';

/** Project file text: stable key order (the schema's), 2-space indent, so files diff well in git. */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2) + '\n';
}

/** Parses a project file's text; `label` names the file in messages. */
export function parseProject(text: string, label: string): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('PROJECT_CORRUPT', `${label} is damaged and cannot be opened (not valid JSON: ${detail}).`, 'The file has not been changed. Open its autosave or a backup copy.');
  }
  return migrateProject(raw, label);
}
