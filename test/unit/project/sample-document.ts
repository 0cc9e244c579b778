import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreparedDocument, Segment, Paragraph } from '../../../main/document/types';

/**
 * A PreparedDocument made from a seed article by splitting lines at 。, so project tests do not depend
 * on the pipeline's exact output. Segment ids, offsets and kinds follow main/document/types.ts.
 */
export function sampleDocument(seed = '000_e9e6f547ac829196.txt', maxParagraphs = 6): PreparedDocument {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures', seed), 'utf8');
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, maxParagraphs);
  const paragraphs: Paragraph[] = [];
  const segments: Segment[] = [];
  lines.forEach((line, index) => {
    const kind = index < 2 ? 'headline' : 'body';
    paragraphs.push({ index, kind, text: line, original: line });
    const sentences = line.match(/[^。]+。?/g) ?? [line];
    let offset = 0;
    for (const sentence of sentences) {
      segments.push({ id: `s${segments.length + 1}`, paragraph: index, kind, text: sentence, original: sentence, start: offset, end: offset + sentence.length, originalStart: offset, originalEnd: offset + sentence.length });
      offset += sentence.length;
    }
  });
  return { sourceName: seed, format: 'txt', encoding: { name: 'utf-8', bom: false, certain: true, confidence: 1 }, script: 'simplified', paragraphs, segments, changes: [{ step: 'punctuation', count: 2, examples: [',→，'] }], warnings: [] };
}
