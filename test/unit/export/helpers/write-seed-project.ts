// Writes seed 000 as a project (through the real pipeline, with English for its opening segments) to the
// path given: the sample scripts/look-at-exports.sh renders when no project is given.
import { ProjectFileStore } from '../../../../main/project/file-store';
import { seed000Project } from './sample-project';

const target = process.argv[2];
if (!target) {
  console.error('usage: write-seed-project.ts OUT.duizhao');
  process.exit(2);
}
await new ProjectFileStore().write(target, await seed000Project());
