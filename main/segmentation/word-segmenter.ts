import { existsSync } from 'node:fs';
import { sep } from 'node:path';
// nodejieba's index.js loads its native binding only on first use, so importing it is cheap.
import nodejieba from 'nodejieba';
import { UserFacingError } from '../common/errors';

/** Word tokens of Chinese text; the glossary feeds its terms in as user words. */
export interface WordSegmenter {
  /** Words of `text` in order; joining them gives `text` back. */
  cut(text: string): string[];
  /** Makes each word one token from now on (e.g. 两个确立, 百千万工程). */
  addUserWords(words: Iterable<string>): void;
}

export interface JiebaSegmenterOptions {
  /** Words that must stay one token. */
  userWords?: Iterable<string>;
  /** A jieba user dictionary file (one `word [freq] [tag]` a line). */
  userDictPath?: string;
}

interface NodeJieba {
  load(options?: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, strict?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

/**
 * nodejieba as a WordSegmenter. nodejieba keeps one dictionary per process (native state), so words
 * added through any segmenter are seen by all; that suits one glossary per app. Its C++ loader exits
 * the process on a missing file, so every path is checked before `load`. In a packaged app the
 * dictionaries live in app.asar.unpacked (see electron-builder.yml), where native code can read them.
 */
export function createJiebaSegmenter(options: JiebaSegmenterOptions = {}): WordSegmenter {
  const jieba = loadNodeJieba();
  const paths = {
    dict: unpacked(jieba.DEFAULT_DICT),
    hmmDict: unpacked(jieba.DEFAULT_HMM_DICT),
    userDict: unpacked(options.userDictPath ?? jieba.DEFAULT_USER_DICT),
    idfDict: unpacked(jieba.DEFAULT_IDF_DICT),
    stopWordDict: unpacked(jieba.DEFAULT_STOP_WORD_DICT),
  };
  for (const [role, path] of Object.entries(paths)) {
    if (!existsSync(path)) {
      const isUser = role === 'userDict' && options.userDictPath !== undefined;
      throw new UserFacingError(
        isUser ? 'SEGMENTER_USER_DICT_MISSING' : 'SEGMENTER_DICT_MISSING',
        `The word segmenter's ${isUser ? 'user dictionary' : 'dictionary'} ${path} does not exist.`,
        isUser ? 'Check the path of the user dictionary.' : 'Reinstall Duizhao (npm rebuild nodejieba).',
      );
    }
  }
  // nodejieba loads its own defaults lazily on first use; an explicit (slow) load is needed only for
  // other files: a user dictionary, or the unpacked copies in a packaged app.
  const defaults = [jieba.DEFAULT_DICT, jieba.DEFAULT_HMM_DICT, jieba.DEFAULT_USER_DICT, jieba.DEFAULT_IDF_DICT, jieba.DEFAULT_STOP_WORD_DICT];
  if (Object.values(paths).some((path, i) => path !== defaults[i])) jieba.load(paths);
  const segmenter: WordSegmenter = {
    cut: (text) => (text.length === 0 ? [] : jieba.cut(text)),
    addUserWords(words) {
      for (const word of words) {
        const trimmed = word.trim();
        if (trimmed.length > 0 && !/\s/.test(trimmed)) jieba.insertWord(trimmed);
      }
    },
  };
  if (options.userWords) segmenter.addUserWords(options.userWords);
  return segmenter;
}

function loadNodeJieba(): NodeJieba {
  return nodejieba as unknown as NodeJieba;
}

/** Native code cannot read inside app.asar: point at the unpacked copy when there is one. */
function unpacked(path: string): string {
  const marker = `${sep}app.asar${sep}`;
  return path.includes(marker) ? path.replace(marker, `${sep}app.asar.unpacked${sep}`) : path;
}
