import type { CliCommand } from '../command';

// Placeholder until the capability that owns `duizhao export` lands; it says so instead of pretending.
export const command: CliCommand = {
  async run(_args, io) {
    io.err('duizhao export: not available yet in this build.');
    return 1;
  },
};
