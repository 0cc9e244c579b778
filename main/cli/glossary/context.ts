import { resolveDataHome } from '../../common/data-home';
import { FileSettingsStore } from '../../settings/file-store';
import { FileSecretStore } from '../../settings/secret-store';
import { createGlossaryService } from '../../glossary-service/create';
import type { GlossaryService } from '../../glossary-service/glossary-service';
import { teamLayer } from '../../team-glossary/layer';
import { TeamGlossaryService, teamDirectory } from '../../team-glossary/service';
import { teamSettingsFrom } from '../../team-glossary/settings-adapter';
import type { CliIo } from '../command';

/**
 * The glossary service as the CLI uses it: the data home from DUIZHAO_HOME, the translator from settings
 * or $USER, and the team glossary's local clone as the middle layer, as in the app (no background sync:
 * `duizhao glossary sync` does that).
 */
export function glossaryServiceFor(io: CliIo): GlossaryService {
  const { dataHome, settings, service: team } = teamGlossaryFor(io);
  return createGlossaryService({
    dataHome,
    team: teamLayer(team, settings),
    translator: async () => (await settings.get()).translatorName || io.env.DUIZHAO_TRANSLATOR || io.env.USER || 'translator',
  });
}

/** The team glossary's local clone for DUIZHAO_HOME (two homes are two translators), and the settings it reads. */
export function teamGlossaryFor(io: CliIo): { dataHome: string; settings: FileSettingsStore; service: TeamGlossaryService } {
  const dataHome = resolveDataHome(io.env);
  const settings = FileSettingsStore.inDataHome(dataHome);
  const service = new TeamGlossaryService({ directory: teamDirectory(dataHome), settings: teamSettingsFrom(settings, FileSecretStore.inDataHome(dataHome)), cwd: io.cwd });
  return { dataHome, settings, service };
}
