import { createJiebaSegmenter, type WordSegmenter } from '../segmentation/word-segmenter';
import type { GlossaryService } from './glossary-service';

/**
 * A word segmenter that keeps every glossary term as one token (百千万工程, 制造业当家, 两个确立):
 * jieba loaded with the glossary's forms as user words. Words added later (a new personal entry) are
 * fed in with `feedGlossaryToSegmenter`; jieba cannot forget words, which only matters for deleted terms.
 */
export async function createGlossarySegmenter(service: GlossaryService): Promise<WordSegmenter> {
  return createJiebaSegmenter({ userWords: await service.userWords() });
}

export async function feedGlossaryToSegmenter(segmenter: WordSegmenter, service: GlossaryService): Promise<number> {
  const words = await service.userWords();
  segmenter.addUserWords(words);
  return words.length;
}
