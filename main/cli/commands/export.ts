import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { ProjectFileStore } from '../../project/file-store';
import { exportProject } from '../../export/export-project';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, isExportFormat } from '../../export/formats';
import { writeExportFile } from '../../export/write-export';

const USAGE = [
  'Usage: duizhao export PROJECT.duizhao --format FORMAT --out FILE [--landscape] [--translator NAME] [--glossary-version V]',
  '',
  'Writes the project in one of these formats:',
  ...EXPORT_FORMATS.map((f) => `  ${f.padEnd(18)} ${EXPORT_FORMAT_INFO[f].label}: ${EXPORT_FORMAT_INFO[f].description}`),
  '',
  '  --landscape         review table on landscape pages',
  '  --translator        name printed in the review table and TMX (default: the project\'s translator)',
  '  --glossary-version  glossary version printed in the review table header',
].join('\n');

export const command: CliCommand = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f' },
          out: { type: 'string', short: 'o' },
          landscape: { type: 'boolean', default: false },
          translator: { type: 'string' },
          'glossary-version': { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      io.err(`duizhao export: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1 || !values.format || !values.out) {
      io.err(`duizhao export: give one project file, --format and --out.\n\n${USAGE}`);
      return 2;
    }
    if (!isExportFormat(values.format)) {
      io.err(`duizhao export: unknown format "${values.format}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
      return 2;
    }
    const project = await new ProjectFileStore().read(path.resolve(io.cwd, positionals[0]!));
    const out = path.resolve(io.cwd, values.out);
    const result = await exportProject(project, values.format, {
      landscape: values.landscape,
      translator: values.translator,
      glossaryVersion: values['glossary-version'],
    });
    await writeExportFile(out, result.bytes);
    const { segments, untranslated, confirmed } = result.counts;
    const held = values.format === 'tmx' ? `${confirmed} confirmed pairs` : `${segments} segments, ${untranslated} untranslated`;
    io.out(`Wrote ${out} (${EXPORT_FORMAT_INFO[values.format].label}; ${held}).`);
    if (untranslated > 0 && values.format !== 'tmx') io.err(`note: ${untranslated} untranslated segment(s) are marked [untranslated] in the file.`);
    return 0;
  },
};
