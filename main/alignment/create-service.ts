import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentSource } from '../api/contract/document';
import { prepareDocument } from '../document/prepare';
import { readSource } from '../import/read-source';
import { AlignmentService } from './service';
import { loadAlignmentResources } from './resources';
import type { TermPair } from './types';

/** The repository (or packaged app) root, where glossary/data/ lives. */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The alignment service with the real pipeline, file reading and dictionaries. */
export function createAlignmentService(options: { appRoot?: string; glossaryTerms?: () => Promise<TermPair[]> } = {}): AlignmentService {
  return new AlignmentService({
    loadResources: () => loadAlignmentResources(options.appRoot ?? APP_ROOT),
    prepareDocument: (source, signal) => prepareDocument(source, { signal }),
    readText: async (source: DocumentSource, signal) => (source.kind === 'text' ? { text: source.text } : readSource(source, { signal })),
    glossaryTerms: options.glossaryTerms,
  });
}
