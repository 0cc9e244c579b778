// `npm start`: build the UI if needed, then launch Electron; where Electron cannot run (no binary,
// no display) say so on stderr and serve the same app through the web host instead, which prints one
// line on stdout: the URL to open, token included.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** The bundles are outdated when any source they are built from is newer than the oldest bundle. */
function buildIsCurrent() {
  const outputs = [join(root, 'dist/renderer/index.html'), join(root, 'dist/renderer/app.js'), join(root, 'dist/electron/main.cjs')].filter((f) =>
    f.includes('/electron/') ? existsSync(join(root, 'main/shell/main.ts')) : existsSync(join(root, 'renderer/src/main.ts')),
  );
  if (outputs.length === 0 || outputs.some((f) => !existsSync(f))) return false;
  const oldestOutput = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const newestSource = Math.max(...['renderer', 'main', 'glossary', 'scripts/build.mjs', 'package.json'].map((p) => newestMtime(join(root, p))));
  return newestSource <= oldestOutput;
}

/** Why Electron cannot run here, or undefined when it can. */
function electronUnavailableReason() {
  let binary;
  try {
    binary = require('electron');
  } catch {
    return 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)';
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)';
  if (!existsSync(join(root, 'dist/electron/main.cjs'))) return 'the Electron shell is not built (dist/electron/main.cjs missing)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no graphical display (DISPLAY is not set)';
  return undefined;
}

if (!buildIsCurrent()) {
  process.stderr.write('duizhao: building the UI (dist/ is missing or older than the sources)...\n');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    // Still start: the services work, and the last good UI (if any) is better than none.
    process.stderr.write('duizhao: the build failed (see above); starting with the UI as it was last built. Run `npm run build` to see why.\n');
  }
}

const reason = electronUnavailableReason();
let child;
if (reason === undefined) {
  child = spawn(require('electron'), [root, ...passThrough], { cwd: root, stdio: 'inherit' });
} else {
  process.stderr.write(`duizhao: ${reason}; serving the app through the web host instead. Open this URL in a browser:\n`);
  child = spawn(process.execPath, ['--import', 'tsx', join(root, 'main/webhost/main.ts'), '--fallback-reason', reason, ...passThrough], { cwd: root, stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
