import type { DocumentSource } from '../api/contract/document';
import type { PreparedDocument } from '../document/types';
import type { ImportedText } from '../document/types';
import { UserFacingError } from '../common/errors';
import { alignSegmentsAsync } from './aligner';
import type { AlignmentResources } from './resources';
import { chineseSide, englishSide, presegmentedSide } from './sentences';
import type { AlignedSide, AlignmentProposal, TermPair } from './types';

export interface AlignmentServiceDeps {
  /** CC-CEDICT, pinyin and built-in terms; loaded on first use (a few seconds) and kept. */
  loadResources(): Promise<AlignmentResources>;
  prepareDocument(source: DocumentSource, signal?: AbortSignal): Promise<PreparedDocument>;
  readText(source: DocumentSource, signal?: AbortSignal): Promise<Pick<ImportedText, 'text'>>;
  /** The translator's glossary terms (personal and team layers), when a glossary service is there. */
  glossaryTerms?(): Promise<TermPair[]>;
}

export interface AlignInput {
  zh: DocumentSource | AlignedSide;
  en: DocumentSource;
  /** Each line of each file is one sentence, taken as it is. */
  presegmented?: boolean;
  signal?: AbortSignal;
  onProgress?(done: number, total: number, label: string): void;
}

/** Aligns a Chinese text with its English version: reads, segments, loads the dictionaries, aligns. */
export class AlignmentService {
  private resources?: Promise<AlignmentResources>;

  constructor(private readonly deps: AlignmentServiceDeps) {}

  private loadResources(): Promise<AlignmentResources> {
    this.resources ??= this.deps.loadResources().catch((error) => {
      this.resources = undefined;
      throw error;
    });
    return this.resources;
  }

  /** Progress is reported in hundredths: reading 0–10, dictionaries 10–20, aligning 20–100. */
  async align(input: AlignInput): Promise<AlignmentProposal> {
    const progress = input.onProgress ?? (() => undefined);
    const signal = input.signal;
    progress(0, 100, 'reading');
    const zh = 'sentences' in input.zh ? input.zh : await this.chinese(input.zh, input.presegmented, signal);
    const enText = (await this.deps.readText(input.en, signal)).text;
    const en = input.presegmented ? presegmentedSide(enText) : englishSide(enText);
    if (zh.sentences.length === 0) throw new UserFacingError('ALIGN_EMPTY_CHINESE', 'The Chinese text has no sentences to align.', 'Check that it is the right file.');
    if (en.sentences.length === 0) throw new UserFacingError('ALIGN_EMPTY_ENGLISH', 'The English text has no sentences to align.', 'Check that it is the right file.');
    signal?.throwIfAborted();
    progress(10, 100, 'loading dictionaries');
    const resources = await this.loadResources();
    const glossary = (await this.deps.glossaryTerms?.().catch(() => [])) ?? [];
    signal?.throwIfAborted();
    progress(20, 100, 'aligning');
    const withParagraphs = zh.paragraphs.length === zh.sentences.length && en.paragraphs.length === en.sentences.length;
    const beads = await alignSegmentsAsync(zh.sentences, en.sentences, {
      lexicon: resources.lexicon,
      pinyin: resources.pinyin,
      terms: [...glossary, ...resources.terms],
      zhParagraphs: withParagraphs ? zh.paragraphs : undefined,
      enParagraphs: withParagraphs ? en.paragraphs : undefined,
      signal,
      onProgress: (fraction) => progress(Math.round(20 + 80 * fraction), 100, 'aligning'),
    });
    progress(100, 100, 'done');
    return { zh, en, beads };
  }

  private async chinese(source: DocumentSource, presegmented: boolean | undefined, signal?: AbortSignal): Promise<AlignedSide> {
    if (presegmented) return presegmentedSide((await this.deps.readText(source, signal)).text);
    return chineseSide(await this.deps.prepareDocument(source, signal));
  }
}
