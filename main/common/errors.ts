/**
 * An error meant for the translator: it says what is wrong and what to do.
 * Services throw it for bad input; hosts (CLI, IPC, web host) show `message` and `hint`
 * instead of a stack trace.
 */
export class UserFacingError extends Error {
  constructor(
    /** Stable machine-readable code, e.g. 'IMPORT_EMPTY_FILE'. */
    readonly code: string,
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof Error && (error as { name?: string }).name === 'UserFacingError' && 'code' in error;
}

/** One line for a human: message plus hint. */
export function describeError(error: unknown): string {
  if (isUserFacingError(error)) return error.hint ? `${error.message} ${error.hint}` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
