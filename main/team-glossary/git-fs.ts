import { promises as fsp } from 'node:fs';
import { writeFileAtomic } from '../common/atomic-write';

/**
 * The file system isomorphic-git gets: node's, except that every file it writes (objects, refs, index
 * of a pack, config) goes through `writeFileAtomic`, so a crash mid-write never leaves a half-written
 * object or ref in the team glossary's repositories (git itself writes a temp file and renames too).
 */
export const gitFs = {
  readFile: fsp.readFile,
  writeFile: (file: string, data: string | Uint8Array) => writeFileAtomic(file, data),
  mkdir: fsp.mkdir,
  rmdir: fsp.rmdir,
  rm: fsp.rm,
  unlink: fsp.unlink,
  stat: fsp.stat,
  lstat: fsp.lstat,
  readdir: fsp.readdir,
  readlink: fsp.readlink,
  symlink: fsp.symlink,
};
