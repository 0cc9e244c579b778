import type { ApiEvent } from '../api/contract/events';
import { mapSpanToOriginal } from '../document/offsets';
import type { GlossaryLayerSource } from '../../glossary/engine/layers';
import { PersonalGlossaryStore, personalGlossaryPath } from '../../glossary/store/personal-store';
import { BuiltinGlossarySource } from './builtin-source';
import { GlossaryService, type EditableTeamLayer } from './glossary-service';

export interface GlossaryServiceOptions {
  dataHome: string;
  translator: () => Promise<string>;
  emit?: (event: ApiEvent) => void;
  team?: EditableTeamLayer;
  builtin?: GlossaryLayerSource;
  now?: () => Date;
}

/** The glossary service wired to the real parts: bundled term base, personal file under the data home, the pipeline's offsets. */
export function createGlossaryService(options: GlossaryServiceOptions): GlossaryService {
  return new GlossaryService({
    builtin: options.builtin ?? new BuiltinGlossarySource(),
    personal: new PersonalGlossaryStore({ file: personalGlossaryPath(options.dataHome), now: options.now }),
    team: options.team,
    mapSpan: mapSpanToOriginal,
    translator: options.translator,
    emit: options.emit,
  });
}
