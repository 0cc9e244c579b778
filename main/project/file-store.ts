import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError, isUserFacingError } from '../common/errors';
import { parseProject, serializeProject } from './codec';
import type { Project } from './schema';

export const PROJECT_EXTENSION = '.duizhao';

/**
 * Reads and writes `.duizhao` files. Writes are atomic, and a save never replaces a file this version
 * cannot read (damaged, from a newer Duizhao, or not a project at all): that file may be someone's work.
 */
export class ProjectFileStore {
  async read(filePath: string): Promise<Project> {
    const label = `"${path.basename(filePath)}"`;
    let text: string;
    try {
      text = await fs.readFile(filePath, 'utf8');
    } catch (error) {
      throw fileError(error, filePath);
    }
    return parseProject(text, label);
  }

  async write(filePath: string, project: Project): Promise<void> {
    if (!filePath.endsWith(PROJECT_EXTENSION)) {
      throw new UserFacingError('PROJECT_BAD_EXTENSION', `Project files end in ${PROJECT_EXTENSION}: "${path.basename(filePath)}" does not.`, `Save as "${path.basename(filePath)}${PROJECT_EXTENSION}" instead.`);
    }
    await this.assertReplaceable(filePath);
    try {
      await writeFileAtomic(filePath, serializeProject(project));
    } catch (error) {
      throw fileError(error, filePath);
    }
  }

  /** Refuses to replace an existing file unless it is a project this version reads. */
  private async assertReplaceable(filePath: string): Promise<void> {
    try {
      await fs.access(filePath);
    } catch {
      return;
    }
    try {
      await this.read(filePath);
    } catch (error) {
      if (!isUserFacingError(error)) throw error;
      throw new UserFacingError(
        'PROJECT_WILL_NOT_OVERWRITE',
        `Not saved: "${path.basename(filePath)}" already exists and cannot be replaced. ${error.message}`,
        'Save under another name; the existing file has not been changed.',
      );
    }
  }
}

export function fileError(error: unknown, filePath: string): UserFacingError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const name = `"${filePath}"`;
  switch (code) {
    case 'ENOENT':
      return new UserFacingError('FILE_NOT_FOUND', `${name} does not exist.`, 'Check the path; the file may have been moved or renamed.');
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError('FILE_NO_PERMISSION', `Duizhao may not access ${name}.`, 'Check the file permissions or choose another place.');
    case 'EISDIR':
      return new UserFacingError('FILE_IS_DIRECTORY', `${name} is a folder, not a file.`, 'Choose a file.');
    case 'ENOSPC':
      return new UserFacingError('DISK_FULL', `The disk is full; ${name} was not written.`, 'Free some space and save again; your work is still open.');
    case 'EROFS':
      return new UserFacingError('FILE_READ_ONLY', `${name} is on a read-only drive.`, 'Save to another place.');
    default:
      return new UserFacingError('FILE_ERROR', `Could not access ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
