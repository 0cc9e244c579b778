import type { MethodMap, ParsedParamsOf, ResultOf } from './contract/define';
import type { ApiContract } from './contract';

/** What a handler gets besides its params: cancellation and progress for long-running work. */
export interface CallContext {
  signal: AbortSignal;
  reportProgress(done: number, total: number, label: string): void;
  /** Who is calling: the translator name from settings, for "modified by". */
  host: 'electron' | 'web' | 'cli' | 'test';
}

export type HandlersFor<M extends MethodMap> = {
  [K in keyof M]: (params: ParsedParamsOf<M[K]>, ctx: CallContext) => Promise<ResultOf<M[K]>>;
};

export type ApiHandlers = HandlersFor<ApiContract>;
