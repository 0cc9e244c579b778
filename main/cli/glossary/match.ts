import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDocument } from '../../document/prepare';
import type { CliIo } from '../command';
import { glossaryServiceFor } from './context';
import { termView } from './views';

export const MATCH_USAGE = 'duizhao glossary match FILE [--json]   terms of every sentence of a Chinese article (offsets in the cleaned text)';

export async function runMatch(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    io.err(`Usage: ${MATCH_USAGE}`);
    return 2;
  }
  const document = await prepareDocument({ kind: 'path', path: path.resolve(io.cwd, positionals[0]) });
  const service = glossaryServiceFor(io);
  const matched = await service.matchSegments(document.segments);
  const rows = document.segments.map((segment, i) => ({
    segment: segment.id,
    kind: segment.kind,
    text: segment.text,
    original: segment.original,
    terms: matched[i].terms.map(termView),
  }));
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  for (const row of rows) {
    if (row.terms.length === 0) continue;
    io.out(`${row.segment}  ${row.text}`);
    for (const t of row.terms) io.out(`    ${t.text} [${t.start}-${t.end}] → ${t.en}${t.status !== 'approved' ? ` (${t.status})` : ''}${t.layer !== 'builtin' ? ` [${t.layer}]` : ''}`);
  }
  return 0;
}

