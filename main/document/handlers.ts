import type { HandlersFor } from '../api/handlers';
import type { documentMethods } from '../api/contract/document';
import type { ScriptConverter } from '../cleanup/script';
import { prepareDocument } from './prepare';

export interface DocumentHandlerDeps {
  /** One Traditional→Simplified converter for the app's lifetime. */
  converter: ScriptConverter;
}

/** `document.prepare`: read, clean and segment a file, upload or pasted text, with progress and cancel. */
export function createDocumentHandlers({ converter }: DocumentHandlerDeps): HandlersFor<typeof documentMethods> {
  return {
    'document.prepare': async ({ source }, ctx) =>
      prepareDocument(source, { converter, signal: ctx.signal, onProgress: (done, total, label) => ctx.reportProgress(done, total, label) }),
  };
}
