import { CLEANUP_STEP_LABELS, cleanTextSteps, type CleanedText } from '../cleanup/pipeline';
import { createSimplifiedConverter, type ScriptConverter } from '../cleanup/script';
import { readSource, type ReadOptions } from '../import/read-source';
import type { DocumentSource } from '../api/contract/document';
import { UserFacingError } from '../common/errors';
import { buildSegments } from './build-segments';
import type { ImportedText, PreparedDocument } from './types';

export interface PrepareOptions {
  /** Reuse one converter across documents (building it takes a moment). */
  converter?: ScriptConverter;
  signal?: AbortSignal;
  onProgress?(done: number, total: number, label: string): void;
  /** For .txt: skip encoding detection (the user picked the encoding). */
  encoding?: ReadOptions['encoding'];
}

/** Pasted (or otherwise already decoded) text → a prepared document. Pure and synchronous. */
export function prepareText(text: string, name = 'pasted text', options: Pick<PrepareOptions, 'converter'> = {}): PreparedDocument {
  return prepareImported(pastedText(text, name), options);
}

/** Decoded file text → cleaned, classified, segmented document (synchronous). */
export function prepareImported(imported: ImportedText, options: Pick<PrepareOptions, 'converter'> = {}): PreparedDocument {
  const steps = cleanTextSteps(imported.text, options.converter ?? createSimplifiedConverter());
  for (;;) {
    const next = steps.next();
    if (next.done) return assemble(imported, next.value);
  }
}

/**
 * A file, uploaded bytes or pasted text → a prepared document, for the API (`document.prepare`) and
 * the CLI: it reports progress after reading and after every cleanup step, and stops with an
 * AbortError between steps when `signal` is aborted.
 */
export async function prepareDocument(source: DocumentSource, options: PrepareOptions = {}): Promise<PreparedDocument> {
  const total = CLEANUP_STEP_LABELS.length + 2;
  let done = 0;
  const checkpoint = async (label: string) => {
    options.signal?.throwIfAborted();
    options.onProgress?.(done, total, label);
    // Let the event loop deliver a cancel request before the next step.
    await new Promise<void>((resolve) => setImmediate(resolve));
    options.signal?.throwIfAborted();
  };
  await checkpoint('reading');
  const imported = source.kind === 'text' ? pastedText(source.text, source.name ?? 'pasted text') : await readSource(source, { signal: options.signal, encoding: options.encoding });
  done++;
  const steps = cleanTextSteps(imported.text, options.converter ?? createSimplifiedConverter());
  for (;;) {
    await checkpoint('cleaning');
    const next = steps.next();
    if (next.done) {
      await checkpoint('splitting into sentences');
      const document = assemble(imported, next.value);
      done = total;
      options.onProgress?.(done, total, 'done');
      return document;
    }
    done++;
    options.onProgress?.(done, total, `cleaned: ${next.value}`);
  }
}

function assemble(imported: ImportedText, cleaned: CleanedText): PreparedDocument {
  const built = buildSegments(cleaned.text, imported.text, cleaned.map, imported.hints);
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
    warnings: [...imported.warnings],
  };
}

function pastedText(text: string, name: string): ImportedText {
  if (text.trim().length === 0) throw new UserFacingError('IMPORT_EMPTY', `${name} is empty: there is no text to translate.`, 'Paste the article text first.');
  return { sourceName: name, format: 'paste', text, hints: [], warnings: [] };
}
