import type { MemoryEntry } from '../memory/types';
import { buildTmxDocument, type TmxUnit } from './tmx';
import { resolvedExportTime, throwIfCancelled, type ExportControl, type ExportOptions } from './options';

/** The languages of the translation memory: it holds Chinese sources and English targets. */
export const MEMORY_LANGUAGES = { source: 'zh-CN', target: 'en' } as const;

/**
 * The whole translation memory as TMX 1.4b (through the one TMX writer, tmx.ts): every entry one unit,
 * with who created and last changed it and when, and where it came from as `x-origin` (confirmed,
 * aligned, imported) and `x-source` (project or file). Pure.
 */
export function buildMemoryTmx(entries: readonly MemoryEntry[], options: ExportOptions = {}, control: ExportControl = {}): string {
  const units: TmxUnit[] = [];
  entries.forEach((entry, i) => {
    if (i % 2000 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, entries.length, 'Collecting memory pairs');
    }
    units.push({
      tuid: entry.id,
      source: entry.zh,
      target: entry.en,
      created: entry.createdAt,
      changed: entry.changedAt ?? entry.createdAt,
      creationId: entry.createdBy,
      changeId: entry.changedBy ?? entry.createdBy,
      props: { 'x-origin': entry.origin, ...(entry.source ? { 'x-source': entry.source } : {}) },
    });
  });
  control.reportProgress?.(entries.length, entries.length, 'Writing TMX');
  return buildTmxDocument(
    {
      sourceLanguage: MEMORY_LANGUAGES.source,
      targetLanguage: MEMORY_LANGUAGES.target,
      createdAt: resolvedExportTime(options),
      toolVersion: options.toolVersion,
      creationId: options.translator,
      props: { 'x-content': 'translation-memory', 'x-entries': String(entries.length) },
    },
    units,
  );
}
