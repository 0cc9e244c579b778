import type { MethodMap, ParamsOf, ParsedParamsOf, ResultOf } from './define';
import { appMethods } from './app';
import { settingsMethods } from './settings';
import { documentMethods } from './document';
import { projectMethods } from './project';
import { glossaryMethods } from './glossary';
import { memoryMethods } from './memory';
import { alignmentMethods } from './alignment';
import { exportMethods } from './export';
import { teamMethods } from './team';

/**
 * The one API between UI and services. The preload bridge, the IPC handlers, the web host and the
 * renderer's client all use this map; every call's params are validated against it on the service side.
 * Each capability declares its methods in its own file beside this one.
 */
export const apiContract = {
  ...appMethods,
  ...settingsMethods,
  ...documentMethods,
  ...projectMethods,
  ...glossaryMethods,
  ...memoryMethods,
  ...alignmentMethods,
  ...exportMethods,
  ...teamMethods,
} satisfies MethodMap;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract & string;
export type ApiParams<K extends ApiMethod> = ParamsOf<ApiContract[K]>;
export type ApiParsedParams<K extends ApiMethod> = ParsedParamsOf<ApiContract[K]>;
export type ApiResult<K extends ApiMethod> = ResultOf<ApiContract[K]>;

/** What crosses the wire for a failed call. */
export interface ApiError {
  code: string;
  message: string;
  hint?: string;
}
export type ApiResponse<R> = { ok: true; result: R } | { ok: false; error: ApiError };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
