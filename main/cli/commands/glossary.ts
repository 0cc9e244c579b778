import type { CliCommand, CliIo } from '../command';
import { subcommandGroup } from '../subcommands';
import { CHECK_USAGE, runCheck } from '../glossary/check';
import { MAINTAIN_USAGE, runAdd, runDelete, runDeprecate, runEdit, runList } from '../glossary/maintain';
import { MATCH_USAGE, runMatch } from '../glossary/match';
import { EXPORT_USAGE, IMPORT_USAGE, runExport, runImport } from '../glossary/transfer';

const USAGE = [
  'Usage:',
  `  ${MATCH_USAGE}`,
  `  ${CHECK_USAGE}`,
  `  ${IMPORT_USAGE}`,
  `  ${EXPORT_USAGE}`,
  ...MAINTAIN_USAGE.map((line) => `  ${line}`),
  '  duizhao glossary team|sync|conflicts ...         the shared team glossary (see `duizhao glossary team --help`)',
  '',
  'The personal glossary lives under the data directory (DUIZHAO_HOME overrides it).',
].join('\n');

const SUBCOMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  match: runMatch,
  check: runCheck,
  import: runImport,
  export: runExport,
  add: runAdd,
  edit: runEdit,
  deprecate: runDeprecate,
  delete: runDelete,
  list: runList,
};

/** Team sub-commands belong to the team glossary capability (commands/glossary-team.ts). */
const TEAM_SUBCOMMANDS = new Set(['team', 'sync', 'conflicts']);

export const command = subcommandGroup('glossary', USAGE, SUBCOMMANDS, (sub, args, io) => (TEAM_SUBCOMMANDS.has(sub) ? runTeam(args, io) : undefined));

async function runTeam(args: string[], io: CliIo): Promise<number> {
  let team: { command: CliCommand };
  try {
    // A variable specifier: the team module is optional, and its absence must be a message, not a build error.
    const specifier = './glossary-team';
    team = (await import(/* @vite-ignore */ specifier)) as { command: CliCommand };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      io.err(`duizhao glossary ${args[0]}: the team glossary is not part of this build (main/cli/commands/glossary-team.ts is missing).`);
      return 1;
    }
    throw error;
  }
  return team.command.run(args, io);
}
