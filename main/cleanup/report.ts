import type { CleanupChange, CleanupStep } from '../document/types';

const PHRASES: Record<CleanupStep, (count: number) => string> = {
  script: (n) => `converted ${n} Traditional character${n === 1 ? '' : 's'}`,
  pinyin: (n) => `removed ${n} inline pinyin annotation${n === 1 ? '' : 's'}`,
  punctuation: (n) => `repaired ${n} punctuation mark${n === 1 ? '' : 's'}`,
  'page-numbers': (n) => `dropped ${n} page number${n === 1 ? '' : 's'}`,
  'line-breaks': (n) => `joined ${n} broken line${n === 1 ? '' : 's'}`,
  'non-body': (n) => `set apart ${n} non-body paragraph${n === 1 ? '' : 's'} (headlines, captions, chrome, datelines, bylines, foreign text)`,
};

/** One phrase per step that changed something: "converted 412 Traditional characters". */
export function describeChange(change: CleanupChange): string {
  return PHRASES[change.step](change.count);
}

/** The cleanup report line for the UI and the CLI. */
export function describeChanges(changes: readonly CleanupChange[]): string {
  const phrases = changes.filter((change) => change.count > 0).map(describeChange);
  return phrases.length > 0 ? phrases.join('; ') : 'nothing needed cleaning';
}
