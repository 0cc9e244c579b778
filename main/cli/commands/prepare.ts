import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { prepareDocument } from '../../document/prepare';
import { describeChange, describeChanges } from '../../cleanup/report';
import { SUPPORTED_ENCODINGS, type SupportedEncoding } from '../../import/decode-text';
import type { PreparedDocument } from '../../document/types';

const USAGE = [
  'Usage: duizhao prepare FILE [--json] [--encoding utf-8|utf-16le|utf-16be|gb18030|big5]',
  '',
  'Reads a Chinese article (.txt in any common encoding, .docx, .html), cleans it and splits it into sentences.',
  '  --json       print {"script", "segments": [{"id", "paragraph", "kind", "text", "original"}], "changes": [{"step", "count", "examples"}]}',
  '  --encoding   read a .txt in this encoding instead of detecting it',
].join('\n');

export const command: CliCommand = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, encoding: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      });
    } catch (error) {
      io.err(`duizhao prepare: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) {
      io.err(`duizhao prepare: give exactly one file.\n\n${USAGE}`);
      return 2;
    }
    const encoding = values.encoding?.toLowerCase();
    if (encoding !== undefined && !SUPPORTED_ENCODINGS.includes(encoding as SupportedEncoding)) {
      io.err(`duizhao prepare: unknown encoding "${values.encoding}"; use ${SUPPORTED_ENCODINGS.join(', ')}.`);
      return 2;
    }
    const file = path.resolve(io.cwd, positionals[0]!);
    const document = await prepareDocument({ kind: 'path', path: file }, { encoding: encoding as SupportedEncoding | undefined });
    for (const warning of document.warnings) io.err(`warning: ${warning}`);
    io.out(values.json ? renderJson(document) : renderListing(document));
    return 0;
  },
};

/** Exactly the shape the issue fixes for scripts. */
function renderJson(document: PreparedDocument): string {
  return (
    JSON.stringify(
      {
        script: document.script,
        segments: document.segments.map(({ id, paragraph, kind, text, original }) => ({ id, paragraph, kind, text, original })),
        changes: document.changes.map(({ step, count, examples }) => ({ step, count, examples })),
      },
      null,
      2,
    ) + '\n'
  );
}

function renderListing(document: PreparedDocument): string {
  const lines: string[] = [];
  const encoding = document.encoding ? `, ${document.encoding.name}${document.encoding.bom ? ' with BOM' : ''}${document.encoding.certain ? '' : ' (guessed)'}` : '';
  lines.push(`${document.sourceName} (${document.format}${encoding}, ${document.script} script): ${document.paragraphs.length} paragraphs, ${document.segments.length} segments`);
  lines.push('');
  let paragraph = -1;
  for (const segment of document.segments) {
    if (segment.paragraph !== paragraph && paragraph >= 0) lines.push('');
    paragraph = segment.paragraph;
    lines.push(`${segment.id.padEnd(5)} ${segment.kind.padEnd(8)} ${segment.text}`);
    if (segment.original !== segment.text) lines.push(`${''.padEnd(5)} ${'original'.padEnd(8)} ${segment.original.replace(/\n/g, '⏎')}`);
  }
  lines.push('');
  lines.push(`Cleanup: ${describeChanges(document.changes)}.`);
  for (const change of document.changes) {
    if (change.count === 0) continue;
    lines.push(`  ${describeChange(change)}, e.g. ${change.examples.slice(0, 3).map((example) => example.replace(/\n/g, '⏎')).join(' | ')}`);
  }
  return lines.join('\n') + '\n';
}

