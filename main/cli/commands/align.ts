import type { CliCommand } from '../command';

// Placeholder until the capability that owns `duizhao align` lands; it says so instead of pretending.
export const command: CliCommand = {
  async run(_args, io) {
    io.err('duizhao align: not available yet in this build.');
    return 1;
  },
};
