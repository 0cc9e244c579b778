/** What every exporter may be told besides the project; all optional so the CLI and the app can omit them. */
export interface ExportOptions {
  /** When the export was made (ISO 8601); defaults to now. Fixed in tests so output is deterministic. */
  exportedAt?: string;
  /** Who exported it; defaults to the project's translator. */
  translator?: string;
  /** The glossary version the translation was checked against, printed in the review table header. */
  glossaryVersion?: string;
  /** Review table only: landscape pages (wider columns). */
  landscape?: boolean;
  /** The app version, written into TMX/XLIFF headers as the creating tool's version. */
  toolVersion?: string;
}

/** Reports progress of a long export and lets it be cancelled; both optional. */
export interface ExportControl {
  signal?: AbortSignal;
  reportProgress?(done: number, total: number, label: string): void;
}

export const DEFAULT_TOOL_VERSION = '0.1.0';

export function resolvedExportTime(options: ExportOptions): Date {
  const when = options.exportedAt ? new Date(options.exportedAt) : new Date();
  return Number.isNaN(when.getTime()) ? new Date() : when;
}

/** Throws the standard AbortError when the caller cancelled, so the dispatcher reports CANCELLED. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const error = new Error('Export cancelled.');
    error.name = 'AbortError';
    throw error;
  }
}
