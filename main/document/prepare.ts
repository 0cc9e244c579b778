import { cleanText } from '../cleanup/pipeline';
import { createSimplifiedConverter, type ScriptConverter } from '../cleanup/script';
import { readSource, type ReadOptions } from '../import/read-source';
import type { DocumentSource } from '../api/contract/document';
import { UserFacingError } from '../common/errors';
import { buildSegments } from './build-segments';
import type { ImportedText, PreparedDocument } from './types';

export interface PrepareOptions {
  /** Reuse one converter across documents (building it costs a few milliseconds). */
  converter?: ScriptConverter;
  signal?: AbortSignal;
  onProgress?(done: number, total: number, label: string): void;
}

/** Pasted (or otherwise already decoded) text → a prepared document. Pure and synchronous. */
export function prepareText(text: string, name = 'pasted text', options: Pick<PrepareOptions, 'converter'> = {}): PreparedDocument {
  return prepareImported({ sourceName: name, format: 'paste', text, hints: [], warnings: [] }, options);
}

/** Decoded file text → cleaned, classified, segmented document. */
export function prepareImported(imported: ImportedText, options: Pick<PrepareOptions, 'converter'> = {}): PreparedDocument {
  const converter = options.converter ?? createSimplifiedConverter();
  const cleaned = cleanText(imported.text, converter);
  const built = buildSegments(cleaned.text, imported.text, cleaned.map, imported.hints);
  const warnings = [...imported.warnings];
  if (built.segments.length === 0) {
    throw new UserFacingError('PREPARE_NO_TEXT', `${imported.sourceName} contains no text to translate.`, 'Check that it is the right file.');
  }
  return {
    sourceName: imported.sourceName,
    format: imported.format,
    ...(imported.encoding ? { encoding: imported.encoding } : {}),
    script: cleaned.script,
    paragraphs: built.paragraphs,
    segments: built.segments,
    changes: [...cleaned.changes, built.nonBody],
    warnings,
  };
}

/**
 * A file, uploaded bytes or pasted text → a prepared document, with progress and cancellation for the
 * API (`document.prepare`). Reading and decoding happen first, then cleanup and segmentation.
 */
export async function prepareDocument(source: DocumentSource, options: PrepareOptions = {}): Promise<PreparedDocument> {
  const progress = options.onProgress ?? (() => undefined);
  const checkpoint = async (done: number, label: string) => {
    throwIfAborted(options.signal);
    progress(done, 3, label);
    // Let the event loop deliver a cancel request between the long steps.
    await new Promise<void>((resolve) => setImmediate(resolve));
    throwIfAborted(options.signal);
  };
  await checkpoint(0, 'reading');
  const readOptions: ReadOptions = { signal: options.signal };
  const imported =
    source.kind === 'text'
      ? { sourceName: source.name ?? 'pasted text', format: 'paste' as const, text: source.text, hints: [], warnings: [] }
      : await readSource(source, readOptions);
  await checkpoint(1, 'cleaning and segmenting');
  const document = prepareImported(imported, options);
  await checkpoint(3, 'done');
  return document;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserFacingError('CANCELLED', 'Preparing the document was cancelled.');
}
