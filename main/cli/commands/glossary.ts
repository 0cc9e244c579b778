import type { CliCommand } from '../command';

// Placeholder until the capability that owns `duizhao glossary` lands; it says so instead of pretending.
export const command: CliCommand = {
  async run(_args, io) {
    io.err('duizhao glossary: not available yet in this build.');
    return 1;
  },
};
