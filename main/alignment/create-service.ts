import type { DocumentSource } from '../api/contract/document';
import { prepareDocument } from '../document/prepare';
import { readSource } from '../import/read-source';
import { AlignmentService } from './service';
import { loadAlignmentResources } from './resources';
import type { TermPair } from './types';

/** The alignment service with the real pipeline, file reading and dictionaries. */
export function createAlignmentService(options: { glossaryTerms?: () => Promise<TermPair[]> } = {}): AlignmentService {
  return new AlignmentService({
    loadResources: () => loadAlignmentResources(),
    prepareDocument: (source, signal) => prepareDocument(source, { signal }),
    readText: async (source: DocumentSource, signal) => (source.kind === 'text' ? { text: source.text } : readSource(source, { signal })),
    glossaryTerms: options.glossaryTerms,
  });
}
