import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '../../..');

export interface HostProcess {
  child: ChildProcess;
  origin: string;
  token: string;
  pageUrl: string;
  /** Resolves with the signal that ended the process. */
  exited: Promise<NodeJS.Signals | null>;
}

/**
 * Starts the real web host in its own process (as `npm start` does without Electron) and reads the one
 * URL line it prints. For tests that kill it mid-session (`child.kill('SIGKILL')`).
 */
export async function startHostProcess(dataHome: string, options: { autosaveMs?: number; port?: number } = {}): Promise<HostProcess> {
  const args = ['--import', 'tsx', join(root, 'main/webhost/main.ts')];
  if (options.autosaveMs !== undefined) args.push('--autosave-ms', String(options.autosaveMs));
  if (options.port !== undefined) args.push('--port', String(options.port));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DUIZHAO_HOME: dataHome }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code} before printing its URL`)));
  });
  const url = new URL(firstLine);
  return { child, origin: url.origin, token: url.searchParams.get('token')!, pageUrl: firstLine, exited };
}
