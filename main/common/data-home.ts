import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The user's data directory: personal glossary, settings, translation memory, team glossary clone.
 * `DUIZHAO_HOME` overrides it, so tests and scripts can act as different translators.
 */
export function resolveDataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DUIZHAO_HOME && env.DUIZHAO_HOME.trim() !== '') return path.resolve(env.DUIZHAO_HOME);
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'Duizhao');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Duizhao');
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'duizhao');
}
