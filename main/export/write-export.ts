import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';

/**
 * Writes an export to disk: atomically (temp file, fsync, rename), so a failed or cancelled export never
 * leaves a half-written file, and an existing file is replaced only by a complete one.
 */
export async function writeExportFile(filePath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(filePath);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new UserFacingError('EXPORT_PATH_IS_FOLDER', `Cannot export to ${target}: it is a folder.`, 'Choose a file name inside the folder.');
  }
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
    throw new UserFacingError('EXPORT_WRITE_FAILED', `Could not write ${target}: ${reason}. Nothing was written.`, 'Choose another folder, or close the file if another program has it open.');
  }
}
