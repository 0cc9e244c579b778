import type { HandlersFor } from '../api/handlers';
import type { alignmentMethods } from '../api/contract/alignment';
import type { OpenProject } from '../api/contract/project';
import type { ProjectSessions } from '../project/sessions';
import { projectChineseSide } from '../project/apply-alignment';
import type { TranslationMemory } from '../memory/store';
import { UserFacingError } from '../common/errors';
import type { AlignmentService } from './service';
import { acceptIntoProject, pairsFromBeads } from './accept';
import { checkBeads } from './edit';

export interface AlignmentHandlerDeps {
  alignment: AlignmentService;
  projects: ProjectSessions;
  memory: TranslationMemory;
  translator: () => Promise<string | undefined>;
  now?: () => Date;
}

export function createAlignmentHandlers(deps: AlignmentHandlerDeps): HandlersFor<typeof alignmentMethods> {
  const now = deps.now ?? (() => new Date());
  return {
    'alignment.align': ({ zh, en, presegmented }, ctx) => deps.alignment.align({ zh, en, presegmented, signal: ctx.signal, onProgress: ctx.reportProgress }),
    'alignment.alignProject': ({ handle, translation }, ctx) =>
      deps.alignment.align({ zh: projectChineseSide(deps.projects.get(handle).project), en: translation, signal: ctx.signal, onProgress: ctx.reportProgress }),
    'alignment.accept': async ({ handle, zh, en, beads, source }) => {
      const problem = checkBeads(beads, zh.sentences.length, en.sentences.length);
      if (problem) throw new UserFacingError('ALIGN_BAD_BEADS', `The alignment cannot be accepted: ${problem}.`, 'Reload the alignment and review it again.');
      const by = (await deps.translator()) || undefined;
      let translated = 0;
      let kept = 0;
      let pairs = pairsFromBeads(zh, en, beads);
      let project: OpenProject | undefined;
      if (handle) {
        const open = deps.projects.get(handle);
        if (!zh.segmentIds || zh.segmentIds.length !== zh.sentences.length) {
          throw new UserFacingError('ALIGN_NOT_FOR_PROJECT', 'This alignment was not made from the project\'s segments.', 'Use Import translation… in the project.');
        }
        const result = acceptIntoProject(open.project, zh, en, beads, { now: now(), by });
        translated = result.translated;
        kept = result.kept;
        pairs = result.pairs;
        project = await deps.projects.change(handle, () => result.project);
      }
      const stored = await deps.memory.addPairs(pairs.map((p) => ({ ...p, origin: 'aligned' as const, createdBy: by, source: source ?? project?.project.name })));
      return { project, translated, kept, addedToMemory: stored.added };
    },
  };
}
