/** Where a CLI command writes and what it sees; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CliCommand {
  /** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[], io: CliIo): Promise<number>;
}
