import * as path from 'node:path';

export interface LaunchRequest {
  projects: string[];
  documents: string[];
}

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.docx', '.html', '.htm']);

/**
 * What files a launch (command line, second instance, drop on a window) asks to open: project files
 * are opened, Chinese documents become new projects; anything else (flags, Electron's own arguments,
 * unknown files) is ignored. Pure.
 */
export function classifyLaunchPaths(args: readonly string[], cwd: string): LaunchRequest {
  const request: LaunchRequest = { projects: [], documents: [] };
  for (const arg of args) {
    if (!arg || arg.startsWith('-')) continue;
    const ext = path.extname(arg).toLowerCase();
    const full = path.resolve(cwd, arg);
    if (ext === '.duizhao') request.projects.push(full);
    else if (DOCUMENT_EXTENSIONS.has(ext)) request.documents.push(full);
  }
  return request;
}
