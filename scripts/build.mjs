// Builds what a browser or Electron loads: the renderer bundle (with Monaco and its workers) and the
// Electron shell (main process + preload, CommonJS as sandboxed preloads require).
// Node services, the CLI and the web host run from TypeScript through tsx and need no build.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const targets = [];

const rendererEntry = join(root, 'renderer/src/main.ts');
if (existsSync(rendererEntry)) {
  targets.push(
    build({
      // boot.js starts the first API calls before app.js (Monaco included) is evaluated (renderer/src/boot.ts).
      entryPoints: { app: rendererEntry, boot: join(root, 'renderer/src/boot.ts') },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      outdir: join(out, 'renderer'),
      // Monaco imports its CSS from JS (bundled into app.css) and its codicon font from CSS.
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      assetNames: 'assets/[name]-[hash]',
      sourcemap: true,
      minify: process.env.DUIZHAO_DEV !== '1',
      logLevel: 'warning',
    }),
    build({
      entryPoints: { 'editor.worker': join(root, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js') },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      outdir: join(out, 'renderer'),
      minify: process.env.DUIZHAO_DEV !== '1',
      logLevel: 'warning',
    }),
  );
}

const shellEntry = join(root, 'main/shell/main.ts');
if (existsSync(shellEntry)) {
  const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // electron-store is ESM-only: bundled into the CommonJS main bundle rather than required at run time.
    external: ['electron', 'nodejieba'],
    sourcemap: true,
    logLevel: 'warning',
  };
  targets.push(build({ ...shared, entryPoints: { main: shellEntry }, outdir: join(out, 'electron'), outExtension: { '.js': '.cjs' } }));
  const preload = join(root, 'main/shell/preload.ts');
  if (existsSync(preload)) {
    targets.push(build({ ...shared, entryPoints: { preload }, outdir: join(out, 'electron'), outExtension: { '.js': '.cjs' } }));
  }
}

await Promise.all(targets);
if (existsSync(join(root, 'renderer/index.html'))) cpSync(join(root, 'renderer/index.html'), join(out, 'renderer/index.html'));
if (existsSync(join(root, 'renderer/styles'))) cpSync(join(root, 'renderer/styles'), join(out, 'renderer/styles'), { recursive: true });
console.log(`build: ${targets.length} bundle(s) written to dist/`);
