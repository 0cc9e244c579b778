import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { ProjectFileStore } from '../../project/file-store';
import { planImport } from '../../export/import-review';
import { readSource } from '../../export/export-service';
import { applySegmentChanges, describeChange } from '../../export/segment-changes';

const USAGE = [
  'Usage: duizhao import-review PROJECT.duizhao FILE.docx|FILE.xlf [--dry-run] [--by NAME]',
  '',
  'Reads a review table edited in Word, or an XLIFF file (2.0 or 1.2) translated in another tool, and',
  'updates the segments whose English, status or comment changed. A file from another project, or with',
  'damaged segment ids, is refused and the project is left as it was.',
  '  --dry-run   list the changes without saving the project',
  '  --by        name recorded as "modified by" on the changed segments',
].join('\n');

export const command: CliCommand = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { 'dry-run': { type: 'boolean', default: false }, by: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      });
    } catch (error) {
      io.err(`duizhao import-review: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 2) {
      io.err(`duizhao import-review: give the project file and the reviewed file.\n\n${USAGE}`);
      return 2;
    }
    const store = new ProjectFileStore();
    const projectPath = path.resolve(io.cwd, positionals[0]!);
    const project = await store.read(projectPath);
    const { bytes, name } = await readSource({ kind: 'path', path: path.resolve(io.cwd, positionals[1]!) });
    const report = await planImport(project, bytes, name);

    for (const warning of report.warnings) io.err(`warning: ${warning}`);
    for (const change of report.changes) io.out(describeChange(change));
    const summary = `${report.changes.length} of ${report.segmentsInFile} segment(s) changed`;
    if (values['dry-run'] || report.changes.length === 0) {
      io.out(`${summary}; the project was not changed${values['dry-run'] ? ' (dry run)' : ''}.`);
      return 0;
    }
    const updated = applySegmentChanges(project, report.changes, { now: new Date().toISOString(), by: values.by });
    await store.write(projectPath, updated);
    io.out(`${summary}; saved ${projectPath}.`);
    return 0;
  },
};
