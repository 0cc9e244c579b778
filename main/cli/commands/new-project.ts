import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { CliCommand } from '../command';
import { prepareDocument } from '../../document/prepare';
import { describeChanges } from '../../cleanup/report';
import { resolveDataHome } from '../../common/data-home';
import { UserFacingError } from '../../common/errors';
import { createProject } from '../../project/model';
import { alignTranslationWith } from '../../project/apply-alignment';
import { ProjectFileStore, PROJECT_EXTENSION } from '../../project/file-store';
import { projectProgress } from '../../project/progress';
import { FileSettingsStore } from '../../settings/file-store';
import { createAlignmentService } from '../../alignment/create-service';

const USAGE = [
  'Usage: duizhao new FILE --out PROJECT.duizhao [--translation EN_FILE] [--name NAME] [--force]',
  '',
  'Creates a project from a Chinese article (.txt in any common encoding, .docx, .html), cleaned and segmented.',
  '  --out          the project file to write (ends in .duizhao)',
  '  --translation  an existing English version: aligned sentence by sentence into draft translations',
  '  --name         the project name (default: the file name)',
  '  --force        replace an existing project file',
].join('\n');

export const command: CliCommand = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          translation: { type: 'string', short: 't' },
          name: { type: 'string' },
          force: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      io.err(`duizhao new: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1 || !values.out) {
      io.err(`duizhao new: give one Chinese file and --out PROJECT${PROJECT_EXTENSION}.\n\n${USAGE}`);
      return 2;
    }
    const source = path.resolve(io.cwd, positionals[0]!);
    const out = path.resolve(io.cwd, values.out);
    if (!out.endsWith(PROJECT_EXTENSION)) {
      io.err(`duizhao new: --out must end in ${PROJECT_EXTENSION} (got "${values.out}").`);
      return 2;
    }
    const exists = await fs.access(out).then(() => true, () => false);
    if (exists && !values.force) {
      throw new UserFacingError('PROJECT_EXISTS', `${values.out} already exists.`, 'Choose another --out, or add --force to replace it.');
    }

    const task = { signal: new AbortController().signal, reportProgress: () => undefined };
    const document = await prepareDocument({ kind: 'path', path: source });
    for (const warning of document.warnings) io.err(`warning: ${warning}`);
    const settings = await FileSettingsStore.inDataHome(resolveDataHome(io.env)).get();
    let project = createProject(document, { id: randomUUID(), now: new Date(), name: values.name, translator: settings.translatorName });
    if (values.translation) {
      const aligned = alignTranslationWith(createAlignmentService());
      project = await aligned(project, { kind: 'path', path: path.resolve(io.cwd, values.translation) }, task);
    }
    await new ProjectFileStore().write(out, project);

    const progress = projectProgress(project.segments);
    const lines = [
      `Created ${path.relative(io.cwd, out) || out}: "${project.name}", ${project.segments.length} segments in ${project.paragraphs.length} paragraphs (${progress.translatable} to translate).`,
      `Source: ${document.sourceName} (${document.format}${document.encoding ? `, ${document.encoding.name}` : ''}, ${document.script}).`,
      `Cleanup: ${describeChanges(document.changes)}`,
    ];
    if (values.translation) {
      const drafted = project.segments.filter((s) => s.origin === 'aligned').length;
      lines.push(`Aligned with ${path.basename(values.translation)}: ${drafted} segments have a draft translation to review; ${project.alignedPairs.length} pairs kept for the translation memory.`);
    }
    io.out(lines.join('\n'));
    return 0;
  },
};
