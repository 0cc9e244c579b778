import * as path from 'node:path';
import { UserFacingError } from '../common/errors';

/** A file that could not be read, said plainly. */
export function fileReadError(error: unknown, filePath: string): UserFacingError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const name = `“${path.basename(filePath)}”`;
  if (code === 'ENOENT') return new UserFacingError('FILE_NOT_FOUND', `${name} does not exist (${filePath}).`, 'Check the path.');
  if (code === 'EISDIR') return new UserFacingError('FILE_IS_DIRECTORY', `${name} is a folder, not a file.`, 'Choose a file.');
  if (code === 'EACCES' || code === 'EPERM') return new UserFacingError('FILE_NO_PERMISSION', `Duizhao may not read ${name}.`, 'Check the file permissions.');
  return new UserFacingError('FILE_ERROR', `Could not read ${name}: ${error instanceof Error ? error.message : String(error)}`);
}
