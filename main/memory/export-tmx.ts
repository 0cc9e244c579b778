import * as path from 'node:path';
import type { MemoryTmxExport } from '../api/contract/memory';
import { buildMemoryTmx } from '../export/memory-tmx';
import type { ExportControl } from '../export/options';
import { writeExportFile } from '../export/write-export';
import type { MemoryEntry } from './types';

/**
 * Exports the whole translation memory as TMX: written atomically to `path` (desktop, CLI), or returned
 * as bytes for the web host to offer as a download.
 */
export async function exportMemoryTmx(
  memory: { allPairs(): Promise<MemoryEntry[]> },
  request: { path?: string; translator?: string; toolVersion?: string; exportedAt?: string },
  control: ExportControl = {},
): Promise<MemoryTmxExport> {
  const entries = await memory.allPairs();
  const exportedAt = request.exportedAt ?? new Date().toISOString();
  const bytes = new TextEncoder().encode(buildMemoryTmx(entries, { exportedAt, translator: request.translator, toolVersion: request.toolVersion }, control));
  const summary = { entries: entries.length, size: bytes.length, fileName: memoryTmxFileName(exportedAt) };
  if (request.path === undefined) return { ...summary, base64: Buffer.from(bytes).toString('base64') };
  await writeExportFile(request.path, bytes);
  return { ...summary, path: path.resolve(request.path) };
}

/** `translation-memory-2026-04-18.tmx`. */
export function memoryTmxFileName(exportedAt: string): string {
  return `translation-memory-${exportedAt.slice(0, 10)}.tmx`;
}
