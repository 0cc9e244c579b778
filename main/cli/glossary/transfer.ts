import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { GLOSSARY_LAYERS_BY_PRIORITY, type GlossaryLayer } from '../../../glossary/engine/entry';
import { formatFromFileName, isGlossaryFormat } from '../../../glossary/formats';
import { writeFileAtomic } from '../../common/atomic-write';
import { readGlossaryFile } from '../../glossary-service/handlers';
import type { CliIo } from '../command';
import { glossaryServiceFor } from './context';

export const IMPORT_USAGE = 'duizhao glossary import FILE [--format tbx|tbx2|tsv|csv|xlsx|json] [--accept-valid] [--json]   into your personal glossary';
export const EXPORT_USAGE = 'duizhao glossary export --format tbx|tbx2|tsv|csv|xlsx|json --out FILE [--layer personal|team|builtin ...]';

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string' }, 'accept-valid': { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    io.err(`Usage: ${IMPORT_USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, positionals[0]);
  const bytes = await readGlossaryFile(file);
  const format = values.format ?? formatFromFileName(file, bytes);
  if (!format || !isGlossaryFormat(format)) {
    io.err(`duizhao glossary import: ${values.format ? `unknown format "${values.format}"` : `cannot tell the format of ${path.basename(file)}`}; use --format tbx|tbx2|tsv|csv|xlsx|json.`);
    return 2;
  }
  const service = glossaryServiceFor(io);
  const preview = await service.importPreview(bytes, path.basename(file), format);
  for (const problem of preview.problems) io.err(`${path.basename(file)}: ${problem.where}: ${problem.message}`);
  if (preview.problems.length > 0 && !values['accept-valid']) {
    io.err(`Nothing imported: ${preview.problems.length} problem(s). ${preview.valid} entr${preview.valid === 1 ? 'y is' : 'ies are'} valid; run again with --accept-valid to import only those.`);
    return 1;
  }
  const result = await service.importAccept(preview.importId, true);
  const summary = `Imported ${preview.valid} entr${preview.valid === 1 ? 'y' : 'ies'} from ${path.basename(file)} (${format}) into your personal glossary: ${result.added} new, ${result.replaced} replaced${result.skippedProblems ? `, ${result.skippedProblems} invalid part(s) skipped` : ''}.`;
  io.out(values.json ? JSON.stringify({ format, ...result }) : summary);
  return 0;
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, layer: { type: 'string', multiple: true } } });
  if (!values.format || !values.out) {
    io.err(`Usage: ${EXPORT_USAGE}`);
    return 2;
  }
  if (!isGlossaryFormat(values.format)) {
    io.err(`duizhao glossary export: unknown format "${values.format}"; use tbx, tbx2, tsv, csv, xlsx or json.`);
    return 2;
  }
  const layers = values.layer as GlossaryLayer[] | undefined;
  const badLayer = layers?.find((l) => !GLOSSARY_LAYERS_BY_PRIORITY.includes(l));
  if (badLayer) {
    io.err(`duizhao glossary export: unknown layer "${badLayer}"; use personal, team or builtin.`);
    return 2;
  }
  const service = glossaryServiceFor(io);
  const out = path.resolve(io.cwd, values.out);
  const bytes = await service.export(values.format, layers);
  await writeFileAtomic(out, bytes);
  const count = (await service.entries()).filter((r) => !layers || layers.includes(r.layer)).length;
  io.out(`Wrote ${count} entries to ${out} (${values.format}).`);
  return 0;
}
