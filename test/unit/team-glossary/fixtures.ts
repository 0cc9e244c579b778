import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { termEntrySchema, type TermEntry, type TermEntryInput } from '../../../glossary/engine/entry';
import { FileSettingsStore } from '../../../main/settings/file-store';
import { FileSecretStore } from '../../../main/settings/secret-store';
import { TeamGlossaryService, teamDirectory } from '../../../main/team-glossary/service';
import { teamSettingsFrom } from '../../../main/team-glossary/settings-adapter';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `dz-team-${prefix}-`));
}

/** A real bare repository, made by git itself (as a desk would on its shared drive). */
export function bareRepository(parent: string, name = 'glossary.git'): string {
  const repo = path.join(parent, name);
  execFileSync('git', ['init', '--bare', '--quiet', repo]);
  return repo;
}

export function entry(input: Partial<TermEntryInput> & { id: string }): TermEntry {
  return termEntrySchema.parse({ zh: `术语${input.id}`, en: `term ${input.id}`, status: 'approved', ...input });
}

export interface TestClient {
  name: string;
  home: string;
  service: TeamGlossaryService;
  settings: FileSettingsStore;
  /** Where this translator's access token is kept (the web host's and CLI's private file). */
  secrets: FileSecretStore;
}

/** One translator: their own data home (DUIZHAO_HOME), settings file and team glossary clone. */
export async function makeClient(name: string, root: string, now?: () => Date): Promise<TestClient> {
  const home = path.join(root, `home-${name}`);
  const settings = FileSettingsStore.inDataHome(home);
  await settings.update({ translatorName: name });
  const secrets = FileSecretStore.inDataHome(home);
  const service = new TeamGlossaryService({ directory: teamDirectory(home), settings: teamSettingsFrom(settings, secrets), now });
  return { name, home, service, settings, secrets };
}
