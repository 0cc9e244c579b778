import { z } from 'zod';

/**
 * How one API method is declared: a zod schema for its parameters (validated on every host before a
 * service sees them) and a TypeScript type for its result (results come from our own services).
 */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R = unknown> {
  params: P;
  /** Phantom: carries the result type only. */
  readonly result?: R;
  /** Long-running methods report progress events and can be cancelled through `task.cancel`. */
  longRunning?: boolean;
}

export function method<R>() {
  return <P extends z.ZodType>(params: P, options: { longRunning?: boolean } = {}): MethodSpec<P, R> => ({
    params,
    longRunning: options.longRunning,
  });
}

export type MethodMap = Record<string, MethodSpec>;
export type ParamsOf<M> = M extends MethodSpec<infer P, unknown> ? z.input<P> : never;
export type ParsedParamsOf<M> = M extends MethodSpec<infer P, unknown> ? z.output<P> : never;
export type ResultOf<M> = M extends MethodSpec<z.ZodType, infer R> ? R : never;
