import type { CliCommand, CliIo } from './command';

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

/**
 * A command made of sub-commands (`duizhao glossary match …`, `duizhao memory export …`): help, an
 * unknown sub-command and parseArgs' errors (unknown or malformed options) are usage errors, exit 2.
 * `route` may take a sub-command first (e.g. the team ones, handled elsewhere).
 */
export function subcommandGroup(name: string, usage: string, subcommands: Record<string, Subcommand>, route?: (sub: string, args: string[], io: CliIo) => Promise<number> | undefined): CliCommand {
  return {
    async run(args, io) {
      const [sub, ...rest] = args;
      if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(usage);
        return sub ? 0 : 2;
      }
      const routed = route?.(sub, args, io);
      if (routed) return routed;
      const run = subcommands[sub];
      if (!run) {
        io.err(`duizhao ${name}: unknown sub-command "${sub}".\n\n${usage}`);
        return 2;
      }
      try {
        return await run(rest, io);
      } catch (error) {
        // parseArgs reports unknown or malformed options: a usage error, not a failure.
        if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
          io.err(`duizhao ${name} ${sub}: ${(error as Error).message}\n\n${usage}`);
          return 2;
        }
        throw error;
      }
    },
  };
}
