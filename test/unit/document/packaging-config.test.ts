import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// electron-builder.yml checked against electron-builder's own schema, and for what nodejieba needs.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(config: unknown, logger: unknown): Promise<void> };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const configPath = fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url));
const config = yaml.load(readFileSync(configPath, 'utf8')) as Record<string, any>;

test('electron-builder.yml is valid for electron-builder', async () => {
  await validateConfiguration(config, new DebugLogger(false));
  await assert.rejects(validateConfiguration({ ...config, linux: { ...config.linux, bogus: true } }, new DebugLogger(false)));
});

test('it targets AppImage and deb, NSIS and dmg', () => {
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.equal(config.win.target[0].target, 'nsis');
  assert.equal(config.mac.target[0].target, 'dmg');
});

test('nodejieba: binary and dictionaries unpacked from asar, native modules rebuilt for Electron', () => {
  assert.equal(config.asar, true);
  assert.ok(config.asarUnpack.some((pattern: string) => pattern.startsWith('node_modules/nodejieba/build/')));
  assert.ok(config.asarUnpack.some((pattern: string) => pattern.startsWith('node_modules/nodejieba/submodules/cppjieba/dict')));
  assert.equal(config.npmRebuild, true);
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8'));
  assert.ok(pkg.dependencies.nodejieba, 'nodejieba is a production dependency, so electron-builder packs it');
  assert.equal(config.extraMetadata.main, pkg.main);
});
