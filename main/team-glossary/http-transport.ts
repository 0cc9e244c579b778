import { gitFs as fs } from './git-fs';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { UserFacingError } from '../common/errors';
import type { GitGlossaryStore } from './git-store';
import { PushRaceError, type RemoteTransport } from './transport';

export interface HttpCredentials {
  token?: string;
  username?: string;
}

const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE']);

/** Smart HTTP(S) through isomorphic-git's Node client: no git installation needed on the translator's PC. */
export class HttpTransport implements RemoteTransport {
  private branch: string | undefined;

  constructor(
    private readonly url: string,
    private readonly credentials: HttpCredentials,
  ) {}

  private get headers(): Record<string, string> {
    if (!this.credentials.token) return {};
    // Preemptive basic auth: hosts (GitHub, GitLab, Gitea) accept any user name with a token as password.
    const user = this.credentials.username || 'duizhao';
    return { Authorization: `Basic ${Buffer.from(`${user}:${this.credentials.token}`).toString('base64')}` };
  }

  async discover(): Promise<{ branch: string; tip: string | null }> {
    const info = await this.guard(() => git.getRemoteInfo2({ http, url: this.url, headers: this.headers, protocolVersion: 1 }));
    const refs = info.refs ?? [];
    const head = refs.find((ref) => ref.ref === 'HEAD');
    const branches = refs.filter((ref) => ref.ref.startsWith('refs/heads/'));
    const target = head?.target ?? (head ? branches.find((ref) => ref.oid === head.oid)?.ref : undefined) ?? branches[0]?.ref;
    const branch = target ? target.replace('refs/heads/', '') : this.branch ?? 'main';
    this.branch = branch;
    return { branch, tip: branches.find((ref) => ref.ref === `refs/heads/${branch}`)?.oid ?? null };
  }

  async fetch(local: GitGlossaryStore): Promise<string | null> {
    const { tip } = await this.discover();
    if (!tip) return null;
    if (!(await local.hasObject(tip))) {
      // The remote's address lives in the clone's config (never the token: that is sent per request).
      await git.addRemote({ fs, gitdir: local.gitdir, remote: 'origin', url: this.url, force: true });
      await this.guard(() =>
        git.fetch({ fs, http, gitdir: local.gitdir, remote: 'origin', ref: local.branch, remoteRef: local.branch, singleBranch: true, tags: false, headers: this.headers, cache: {} }),
      );
    }
    return tip;
  }

  /**
   * An empty repository does not say which branch its HEAD names (git only advertises HEAD once it
   * resolves), and isomorphic-git cannot fetch from a repository whose HEAD dangles. So the first commit
   * goes to both usual default branches, `main` and `master`; then the server says which one HEAD names,
   * and the other is deleted again.
   */
  async initialize(local: GitGlossaryStore, oid: string): Promise<string> {
    const candidates = ['main', 'master'];
    for (const branch of candidates) await this.pushRef(local, oid, `refs/heads/${branch}`);
    this.branch = undefined;
    const info = await this.guard(() => git.getRemoteInfo2({ http, url: this.url, headers: this.headers, protocolVersion: 1 }));
    const head = (info.refs ?? []).find((ref) => ref.ref === 'HEAD');
    const target = head?.target?.replace('refs/heads/', '');
    if (!target || !candidates.includes(target)) {
      throw new UserFacingError(
        'TEAM_REMOTE_HEAD',
        `The repository at ${this.url} has its default branch (HEAD) set to a branch Duizhao did not create.`,
        'Set the repository\'s default branch to "main" on the git host, then set the team glossary again.',
      );
    }
    await git.writeRef({ fs, gitdir: local.gitdir, ref: 'refs/duizhao/push', value: oid, force: true });
    for (const branch of candidates) {
      if (branch === target) continue;
      await this.guard(() =>
        git.push({ fs, http, gitdir: local.gitdir, url: this.url, ref: 'refs/duizhao/push', remoteRef: `refs/heads/${branch}`, delete: true, headers: this.headers }),
      );
    }
    await git.deleteRef({ fs, gitdir: local.gitdir, ref: 'refs/duizhao/push' });
    return target;
  }

  /** isomorphic-git refuses a non-fast-forward push, and git's receive-pack checks the old id it was sent. */
  async push(local: GitGlossaryStore, oid: string): Promise<void> {
    await this.pushRef(local, oid, `refs/heads/${local.branch}`);
  }

  private async pushRef(local: GitGlossaryStore, oid: string, remoteRef: string): Promise<void> {
    const tempRef = `refs/duizhao/push`;
    await git.writeRef({ fs, gitdir: local.gitdir, ref: tempRef, value: oid, force: true });
    try {
      const result = await this.guard(() =>
        git.push({ fs, http, gitdir: local.gitdir, url: this.url, ref: tempRef, remoteRef, headers: this.headers }),
      );
      const status = result.refs[remoteRef];
      if (!result.ok || (status && !status.ok)) throw new PushRaceError(status?.error ?? result.error ?? 'push refused');
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Not fast-forward, or the server's compare-and-swap on the old id failed: someone pushed first.
      if (code === 'PushRejectedError' || code === 'GitPushError') throw new PushRaceError();
      throw error;
    } finally {
      await git.deleteRef({ fs, gitdir: local.gitdir, ref: tempRef }).catch(() => undefined);
    }
  }

  /** Turns isomorphic-git and network failures into messages a translator can act on. */
  private async guard<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw explainHttpFailure(error, this.url);
    }
  }
}

export function explainHttpFailure(error: unknown, url: string): unknown {
  if (error instanceof UserFacingError || error instanceof PushRaceError) return error;
  const code = (error as { code?: string }).code ?? '';
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? '';
  if (code === 'HttpError') {
    const status = (error as { data?: { statusCode?: number } }).data?.statusCode;
    if (status === 401 || status === 403) {
      return new UserFacingError(
        'TEAM_AUTH_FAILED',
        `The git server at ${url} refused the credentials (HTTP ${status}).`,
        'Check the access token (and user name) in the team glossary settings: `duizhao glossary team set URL --token TOKEN`. The token needs read and write access to the repository.',
      );
    }
    if (status === 404) {
      return new UserFacingError('TEAM_NOT_A_REPOSITORY', `There is no git repository at ${url} (HTTP 404).`, 'Check the address: copy the HTTPS clone URL from your git host.');
    }
    return new UserFacingError('TEAM_REMOTE_FAILED', `The git server at ${url} answered HTTP ${status}.`, 'Try again later; if it persists, ask whoever runs the server.');
  }
  if (code === 'NotFoundError' && (error as { data?: { what?: string } }).data?.what === 'HEAD') {
    return new UserFacingError(
      'TEAM_REMOTE_HEAD',
      `The repository at ${url} has its default branch (HEAD) set to a branch that does not exist.`,
      'Set the repository\'s default branch to the glossary\'s branch ("main") on the git host.',
    );
  }
  if (code === 'SmartHttpError' || code === 'ParseError') {
    return new UserFacingError('TEAM_NOT_A_REPOSITORY', `${url} does not answer like a git server.`, 'Check the address: copy the HTTPS clone URL from your git host.');
  }
  if (code === 'UrlParseError' || code === 'UnknownTransportError') {
    return new UserFacingError('TEAM_BAD_REMOTE', `${url} is not an address Duizhao can sync with.`, 'Use an HTTPS clone URL or the path of a bare repository.');
  }
  if (OFFLINE_CODES.has(code) || OFFLINE_CODES.has(cause)) {
    return new UserFacingError('TEAM_OFFLINE', `The team glossary server ${url} cannot be reached (${code || cause}).`, 'Your edits are kept and will be synced when the server can be reached again.');
  }
  return error;
}
