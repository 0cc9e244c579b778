/**
 * The alignment model: a bead pairs a run of Chinese sentences with a run of English sentences.
 * Pure types; the renderer imports them too.
 */
export interface Bead {
  /** 0-based indices of the Chinese sentences, consecutive and ascending (may be empty: 0-1 bead). */
  zh: number[];
  /** 0-based indices of the English sentences, consecutive and ascending (may be empty: 1-0 bead). */
  en: number[];
  /** 0..1: how sure the aligner is of this bead; the review view marks low ones. */
  confidence: number;
}

/** A glossary term and its accepted English renderings: evidence that two sentences translate each other. */
export interface TermPair {
  zh: string;
  en: string[];
}

/** Chinese word → English gloss words (CC-CEDICT in the app, anything in tests). */
export interface Lexicon {
  /** Glosses of a Chinese word, or undefined when it is not a headword. */
  lookup(word: string): readonly string[] | undefined;
  /** Longest headword length worth trying when matching words in a sentence. */
  readonly maxWordLength: number;
}

/** Chinese characters → toneless pinyin syllables, one per character (pinyin-pro in the app). */
export type PinyinOf = (text: string) => string[];

export interface AlignOptions {
  /** Word dictionary for lexical overlap; without it only numbers, names, terms and lengths count. */
  lexicon?: Lexicon;
  /** For personal names: 陈清扬 ↔ Chen Qingyang. */
  pinyin?: PinyinOf;
  /** Glossary renderings: 制造业当家 ↔ "manufacturing as the mainstay". */
  terms?: readonly TermPair[];
  /** Paragraph index of each Chinese sentence, when known. */
  zhParagraphs?: readonly number[];
  /** Paragraph index of each English sentence, when known. */
  enParagraphs?: readonly number[];
  /** Length model; defaults to the one calibrated on pol-dev (calibration/length-model.json). */
  lengthModel?: LengthModel;
  /** Stops long alignments; checked every few rows inside each pass. */
  signal?: AbortSignal;
  /** Share of the alignment done (0..1), reported now and then by `alignSegmentsAsync`. */
  onProgress?(fraction: number): void;
}

/** Gale-Church length model: English length ≈ ratio × Chinese length, variance ∝ Chinese length. */
export interface LengthModel {
  /** Mean English characters per Chinese character. */
  ratio: number;
  /** Variance of (en − ratio·zh) per Chinese character. */
  variance: number;
  /** Bead-type frequencies "a-b" → probability, from the calibration data. */
  priors: Record<string, number>;
}

/** One side of an alignment as the review view and the API see it. */
export interface AlignedSide {
  sentences: string[];
  /** Paragraph index of each sentence. */
  paragraphs: number[];
  /** Project segment ids of the Chinese side, when it comes from a project. */
  segmentIds?: string[];
}

/** What the aligner proposes: both sides and the beads between them. */
export interface AlignmentProposal {
  zh: AlignedSide;
  en: AlignedSide;
  beads: Bead[];
}
