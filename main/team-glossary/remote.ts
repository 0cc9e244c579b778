import * as path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../common/errors';

/** Where the team glossary repository lives: a git host over HTTP(S), or a bare repository in a folder. */
export type RemoteLocation = { kind: 'http'; url: string } | { kind: 'path'; path: string };

const badRemote = (message: string, hint: string) => new UserFacingError('TEAM_BAD_REMOTE', message, hint);
const REMOTE_HINT = 'Use an HTTPS address of a git repository (https://git.example.org/desk/glossary.git) or the path of a bare repository on a shared drive.';

/** Validates what the translator typed as the team glossary location; relative paths are taken from `cwd`. */
export function parseRemote(input: string, cwd: string): RemoteLocation {
  const text = input.trim();
  if (text === '') throw badRemote('No team glossary address was given.', REMOTE_HINT);
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw badRemote(`"${text}" is not a valid web address.`, REMOTE_HINT);
    }
    if (!url.hostname) throw badRemote(`"${text}" has no host name.`, REMOTE_HINT);
    if (url.username || url.password) {
      throw badRemote('The address contains a user name or password.', 'Give the address without them and put the access token in the team glossary settings (`--token`).');
    }
    return { kind: 'http', url: url.toString().replace(/\/$/, '') };
  }
  if (/^(ssh:\/\/|git@|git:\/\/)/i.test(text) || /^[\w.-]+@[\w.-]+:/.test(text)) {
    throw badRemote(`"${text}" is an SSH or git:// address, which Duizhao cannot use.`, REMOTE_HINT);
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text) && !/^file:\/\//i.test(text)) {
    throw badRemote(`"${text}" uses an address type Duizhao does not know.`, REMOTE_HINT);
  }
  const folder = /^file:\/\//i.test(text) ? fileURLToPath(text) : path.resolve(cwd, text);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw badRemote(`There is no folder at ${folder}.`, REMOTE_HINT);
  if (existsSync(path.join(folder, '.git'))) {
    throw badRemote(
      `${folder} is a working copy, not a bare repository.`,
      `Create the shared repository with \`git init --bare\` (for example \`git init --bare ${path.join(path.dirname(folder), 'glossary.git')}\`) and point Duizhao at it.`,
    );
  }
  const isBareRepository = ['HEAD', 'objects', 'refs'].every((name) => existsSync(path.join(folder, name)));
  if (!isBareRepository) {
    throw new UserFacingError('TEAM_NOT_A_REPOSITORY', `${folder} is not a git repository.`, 'Create it with `git init --bare` (empty is fine: Duizhao sets it up), then point Duizhao at it.');
  }
  return { kind: 'path', path: folder };
}

export function describeRemote(location: RemoteLocation): string {
  return location.kind === 'http' ? location.url : location.path;
}
