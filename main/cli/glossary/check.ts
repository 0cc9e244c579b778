import { parseArgs } from 'node:util';
import type { CliIo } from '../command';
import { issueCount } from '../../../glossary/engine/check';
import { glossaryServiceFor } from './context';

export const CHECK_USAGE = 'duizhao glossary check ZH_SENTENCE EN_SENTENCE [--json]   glossary QA of one sentence pair (exit 1 when an approved rendering is missing or a forbidden one used)';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 2) {
    io.err(`Usage: ${CHECK_USAGE}`);
    return 2;
  }
  const [zh, en] = positionals;
  const result = await glossaryServiceFor(io).check(zh, en);
  const clean = issueCount(result) === 0;
  if (values.json) {
    io.out(JSON.stringify({ ok: clean, ...result }, null, 2));
    return clean ? 0 : 1;
  }
  for (const found of result.found) io.out(`ok       ${found.term.text}: "${en.slice(found.start, found.end)}"`);
  const either = (renderings: string[]) => renderings.map((e) => `"${e}"`).join(' or ');
  for (const missing of result.missing) io.out(`missing  ${missing.term.text}: expected ${either(missing.expected)}`);
  for (const note of result.unverified) io.out(`note     ${note.term.text} (proposed, unverified): ${either(note.expected)} not used`);
  for (const f of result.forbidden) io.out(`forbidden ${f.term.text}: "${f.text}" is a known wrong rendering${f.reason ? ` (${f.reason})` : ''}; use "${f.preferred}"`);
  if (result.found.length + result.missing.length + result.unverified.length === 0) io.out('No glossary terms in this sentence.');
  return clean ? 0 : 1;
}
