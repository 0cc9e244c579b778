import type { CliCommand } from '../command';

// Placeholder until the capability that owns `duizhao prepare` lands; it says so instead of pretending.
export const command: CliCommand = {
  async run(_args, io) {
    io.err('duizhao prepare: not available yet in this build.');
    return 1;
  },
};
