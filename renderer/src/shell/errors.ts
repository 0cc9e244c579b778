import { ApiCallError } from '../api/client';

/** An error as the UI shows it: a message and, when the service gave one, a hint. */
export function describeError(error: unknown): { message: string; hint?: string } {
  if (error instanceof ApiCallError) return { message: error.error.message, hint: error.error.hint };
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}
