import { describeError } from '../common/errors';
import type { CliCommand, CliIo } from './command';

/**
 * `duizhao COMMAND ...`: one module per command under `commands/`, loaded on demand so that a quick
 * command does not pay for loading the whole engine.
 */
const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  prepare: () => import('./commands/prepare'),
  glossary: () => import('./commands/glossary'),
  new: () => import('./commands/new-project'),
  align: () => import('./commands/align'),
  export: () => import('./commands/export'),
  'import-review': () => import('./commands/import-review'),
  memory: () => import('./commands/memory'),
};

export function usage(): string {
  return [
    'Usage: duizhao COMMAND [options]',
    '',
    'Commands:',
    '  prepare FILE [--json]                          clean and segment a Chinese article',
    '  glossary match|check|import|export|add|edit|deprecate|list|team|sync|conflicts ...',
    '  new FILE [--translation EN_FILE] --out P.duizhao   create a project',
    '  align ZH_FILE EN_FILE [--presegmented] [--format beads|tsv|json]',
    '  export PROJECT.duizhao --format FORMAT --out FILE',
    '  import-review PROJECT.duizhao FILE.docx|FILE.xlf',
    '  memory export --out FILE.tmx | import FILE.tmx | stats   the translation memory',
    '',
    'Run `duizhao COMMAND --help` for a command\'s options.',
  ].join('\n');
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  env: process.env,
  cwd: process.cwd(),
};

export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    const { command } = await load();
    return await command.run(rest, io);
  } catch (error) {
    io.err(`duizhao ${name}: ${describeError(error)}`);
    return 1;
  }
}
