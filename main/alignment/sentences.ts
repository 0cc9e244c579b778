import { splitEnglishSentences } from '../segmentation/english';
import type { AlignedSide } from './types';
import type { PreparedDocument } from '../document/types';

/** English text → sentences with paragraph numbers: each non-empty line is a paragraph. */
export function englishSide(text: string): AlignedSide {
  const sentences: string[] = [];
  const paragraphs: number[] = [];
  let paragraph = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    for (const sentence of splitEnglishSentences(line.trim())) {
      if (sentence.trim() === '') continue;
      sentences.push(sentence.trim());
      paragraphs.push(paragraph);
    }
    paragraph++;
  }
  return { sentences, paragraphs };
}

/** A prepared Chinese document → its segments (cleaned text) with paragraph numbers and ids. */
export function chineseSide(document: Pick<PreparedDocument, 'segments'>): AlignedSide {
  return {
    sentences: document.segments.map((s) => s.text),
    paragraphs: document.segments.map((s) => s.paragraph),
    segmentIds: document.segments.map((s) => s.id),
  };
}

/**
 * One sentence per line, taken as it is (the format of the benchmark files): line i is sentence i,
 * so only the final line break is dropped. No paragraph information.
 */
export function presegmentedSide(text: string): AlignedSide {
  const sentences = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '').split(/\r?\n/);
  return { sentences, paragraphs: [] };
}
