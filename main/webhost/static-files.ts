import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import * as path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or undefined when it would leave the folder (../, encoded
 * separators, NUL) or names a dot-file.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return undefined;
  const resolved = path.resolve(root, ...parts);
  const base = path.resolve(root);
  return resolved.startsWith(base + path.sep) ? resolved : undefined;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** A strong validator: a hash of the content, quoted (`"…"`). */
  etag: string;
}

/** The answer to a conditional request whose `If-None-Match` still matches: send 304, no body. */
export interface NotModified {
  notModified: true;
  contentType: string;
  etag: string;
}

/**
 * ETags by file, hashed once and reused while the file's size and mtime stay the same (a rebuild writes
 * new files, so a reload gets a new tag and the new content).
 */
const etags = new Map<string, { size: number; mtimeMs: number; etag: string }>();

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when an `If-None-Match` header value (a list of tags, or `*`) names this tag. Weak tags compare weakly. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * The file behind a URL path inside `root`, with its ETag. Given the request's `If-None-Match`, answers
 * `notModified` without reading the file when the tag still matches (the browser keeps its copy, and with
 * it V8's code cache for the scripts).
 */
export async function readStaticFile(root: string, urlPath: string, ifNoneMatch?: string): Promise<StaticFile | NotModified | undefined> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return undefined;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    const contentType = contentTypeFor(file);
    const known = etags.get(file);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && etagMatches(ifNoneMatch, known.etag)) {
      return { notModified: true, contentType, etag: known.etag };
    }
    const body = await fs.readFile(file);
    const etag = known && known.size === body.length && known.mtimeMs === stat.mtimeMs ? known.etag : etagOf(body);
    etags.set(file, { size: body.length, mtimeMs: stat.mtimeMs, etag });
    if (etagMatches(ifNoneMatch, etag)) return { notModified: true, contentType, etag };
    return { body, contentType, etag };
  } catch {
    return undefined;
  }
}
