import { resolveDataHome } from '../../common/data-home';
import { FileSettingsStore } from '../../settings/file-store';
import { createGlossaryService } from '../../glossary-service/create';
import type { GlossaryService } from '../../glossary-service/glossary-service';
import type { CliIo } from '../command';

/** The glossary service as the CLI uses it: the data home from DUIZHAO_HOME, the translator from settings or $USER. */
export function glossaryServiceFor(io: CliIo): GlossaryService {
  const dataHome = resolveDataHome(io.env);
  const settings = FileSettingsStore.inDataHome(dataHome);
  return createGlossaryService({
    dataHome,
    translator: async () => (await settings.get()).translatorName || io.env.DUIZHAO_TRANSLATOR || io.env.USER || 'translator',
  });
}
