import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../command';
import { subcommandGroup } from '../subcommands';
import { resolveDataHome } from '../../common/data-home';
import { FileSettingsStore } from '../../settings/file-store';
import { TranslationMemory } from '../../memory/store';
import { exportMemoryTmx } from '../../memory/export-tmx';
import { MEMORY_LANGUAGES } from '../../export/memory-tmx';
import { memorySinkFrom } from '../../export/memory-sink';
import { importTmxIntoMemory } from '../../export/tmx-into-memory';
import { readSource } from '../../export/export-service';

const USAGE = [
  'Usage:',
  '  duizhao memory export --out FILE.tmx                  the whole translation memory as TMX 1.4b',
  '  duizhao memory import FILE.tmx [--source-lang zh-CN] [--target-lang en]   add a TMX file\'s pairs',
  '  duizhao memory stats [--json]                          how many pairs, and where the memory lives',
  '',
  'The memory lives under the data directory (DUIZHAO_HOME overrides it): confirmed segments, accepted',
  'alignments and imported TMX. Pairs already in the memory are skipped on import.',
].join('\n');

export const command = subcommandGroup('memory', USAGE, { export: runExport, import: runImport, stats: runStats });

function memoryFor(io: CliIo): { memory: TranslationMemory; settings: FileSettingsStore } {
  const dataHome = resolveDataHome(io.env);
  return { memory: TranslationMemory.inDataHome(dataHome), settings: FileSettingsStore.inDataHome(dataHome) };
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  if (!values.out || positionals.length > 0) {
    io.err(`duizhao memory export: give the file to write with --out FILE.tmx.\n\n${USAGE}`);
    return 2;
  }
  const { memory, settings } = memoryFor(io);
  const translator = (await settings.get()).translatorName || io.env.DUIZHAO_TRANSLATOR || undefined;
  const result = await exportMemoryTmx(memory, { path: path.resolve(io.cwd, values.out), translator });
  io.out(`Wrote ${result.path} (TMX 1.4b; ${result.entries} pair${result.entries === 1 ? '' : 's'}).`);
  if (result.entries === 0) io.err('note: the translation memory is empty; confirm segments or import a TMX file first.');
  return 0;
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'source-lang': { type: 'string', default: MEMORY_LANGUAGES.source }, 'target-lang': { type: 'string', default: MEMORY_LANGUAGES.target } },
  });
  if (positionals.length !== 1) {
    io.err(`duizhao memory import: give one TMX file.\n\n${USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, positionals[0]!);
  const { bytes } = await readSource({ kind: 'path', path: file });
  const { memory } = memoryFor(io);
  const result = await importTmxIntoMemory(memorySinkFrom(memory), bytes, { source: values['source-lang'], target: values['target-lang'] });
  io.out(
    `Imported ${file}: ${result.added} pair${result.added === 1 ? '' : 's'} added, ${result.skipped} skipped (already in the memory, empty, or not ${values['source-lang']}/${values['target-lang']}); ` +
      `${result.pairsRead} read${result.creationTool ? ` from ${result.creationTool}` : ''}. The memory now holds ${await memory.size()} pairs.`,
  );
  return 0;
}

async function runStats(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const { memory } = memoryFor(io);
  const pairs = await memory.allPairs();
  const byOrigin = { confirmed: 0, aligned: 0, imported: 0 };
  for (const entry of pairs) byOrigin[entry.origin] += 1;
  if (values.json) io.out(JSON.stringify({ entries: pairs.length, ...byOrigin, file: memory.file }));
  else io.out(`${pairs.length} pairs (${byOrigin.confirmed} confirmed, ${byOrigin.aligned} aligned, ${byOrigin.imported} imported) in ${memory.file}`);
  return 0;
}
