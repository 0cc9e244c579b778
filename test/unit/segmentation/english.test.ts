import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitEnglishSentences } from '../../../main/segmentation/english';

test('plain sentences split at . ! ?', () => {
  assert.deepEqual(splitEnglishSentences('The meeting was held. Was it useful? Yes! It was.'), ['The meeting was held.', 'Was it useful?', 'Yes!', 'It was.']);
});

test('abbreviations do not end sentences', () => {
  assert.deepEqual(splitEnglishSentences('Mr. Guo and Dr. Xiao met on Jan. 4 in Room No. 3. They agreed.'), ['Mr. Guo and Dr. Xiao met on Jan. 4 in Room No. 3.', 'They agreed.']);
  assert.deepEqual(splitEnglishSentences('Key sectors, e.g. manufacturing, i.e. industry, grew. Exports rose.'), ['Key sectors, e.g. manufacturing, i.e. industry, grew.', 'Exports rose.']);
});

test('U.S. inside a sentence stays, at the end of a sentence it splits before a new sentence', () => {
  assert.deepEqual(splitEnglishSentences('Trade with the U.S. Department of Commerce grew. It was good.'), ['Trade with the U.S. Department of Commerce grew.', 'It was good.']);
  assert.deepEqual(splitEnglishSentences('Exports went to the U.S. The EU came second.'), ['Exports went to the U.S.', 'The EU came second.']);
});

test('decimals and initials', () => {
  assert.deepEqual(splitEnglishSentences('GDP grew 5.2 percent. J. R. Smith said so. The rate was 3.5.'), ['GDP grew 5.2 percent.', 'J. R. Smith said so.', 'The rate was 3.5.']);
});

test('quotes stay with their sentence, and a sentence may start with a quote', () => {
  assert.deepEqual(splitEnglishSentences('He called it the "golden key." "We must act," he said. (See below.) Next.'), [
    'He called it the "golden key."',
    '"We must act," he said.',
    '(See below.)',
    'Next.',
  ]);
  assert.deepEqual(splitEnglishSentences('It is “Two Establishments.” Then came more.'), ['It is “Two Establishments.”', 'Then came more.']);
});

test('lowercase after a dot does not start a sentence; empty text has none', () => {
  assert.deepEqual(splitEnglishSentences('It rose approx. three times. etc. and so on.'), ['It rose approx. three times. etc. and so on.']);
  assert.deepEqual(splitEnglishSentences('  '), []);
});
