import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { composeServices, type ComposedServices } from '../../../main/services/compose';
import { describeGlossaryVersion } from '../../../main/glossary-service/glossary-version';
import { ProjectFileStore } from '../../../main/project/file-store';
import termBase from '../../../glossary/data/political-terms.json';
import { seed000Project } from './helpers/sample-project';

async function call(services: ComposedServices, method: string, params: unknown): Promise<any> {
  const response = await services.dispatch(method, params, { host: 'test' });
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.result;
}

/** The review table's header line "Glossary version: …", as Word shows it. */
async function glossaryVersionLine(services: ComposedServices, handle: string): Promise<string> {
  const { base64 } = await call(services, 'export.toBytes', { handle, format: 'docx-table' });
  const xml = await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
  const line = paragraphs.find((p) => p.startsWith('Glossary version: '));
  assert.ok(line, 'the header has a Glossary version line');
  return line.slice('Glossary version: '.length);
}

test('describeGlossaryVersion: team commit (short), built-in size and fingerprint, personal size', () => {
  const layers = { personal: 0, team: 3, builtin: { entries: 596, fingerprint: '3c5e0d91a7b2' } };
  assert.equal(describeGlossaryVersion({ layers, appVersion: '0.1.0' }), 'built-in 596 entries (3c5e0d91a7b2, Duizhao 0.1.0)');
  assert.equal(
    describeGlossaryVersion({ team: { configured: true, head: '3f9c2ab5d1e0aa0000000000000000000000beef', entries: 1, unpushed: true }, layers: { ...layers, personal: 2 }, appVersion: '0.1.0' }),
    'team 3f9c2ab + local edits (1 entry); built-in 596 entries (3c5e0d91a7b2, Duizhao 0.1.0); personal 2 entries',
  );
  assert.equal(describeGlossaryVersion({ team: { configured: false, entries: 0, unpushed: false }, layers, appVersion: '1' }), 'built-in 596 entries (3c5e0d91a7b2, Duizhao 1)');
});

test('an app export records the glossary it was checked against: built-in term base, then the team head commit', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'dz-export-glossary-'));
  const services = await composeServices({ dataHome: join(root, 'home'), host: 'test', appVersion: '9.9.9', autosaveDelayMs: 50 });
  t.after(() => services.dispose());
  const file = join(root, 'p.duizhao');
  await new ProjectFileStore().write(file, await seed000Project());
  const { handle } = await call(services, 'project.open', { path: file });

  const builtinOnly = await glossaryVersionLine(services, handle);
  assert.match(builtinOnly, new RegExp(`^built-in ${(termBase as unknown[]).length} entries \\([0-9a-f]{12}, Duizhao 9\\.9\\.9\\)$`));
  assert.doesNotMatch(builtinOnly, /not recorded/);

  const remote = join(root, 'desk.git');
  execFileSync('git', ['init', '--bare', '--quiet', remote]);
  await call(services, 'team.configure', { remote });
  await call(services, 'glossary.add', { entry: { zh: '制造业当家', en: 'manufacturing as the mainstay' }, layer: 'team' });
  await call(services, 'team.sync', {});
  const head = execFileSync('git', ['--git-dir', remote, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const withTeam = await glossaryVersionLine(services, handle);
  assert.equal(withTeam, `team ${head.slice(0, 7)} (1 entry); ${builtinOnly}`);

  // A personal term and an unshared team edit show too: the version names exactly what this translator had.
  await call(services, 'glossary.add', { entry: { zh: '百千万工程', en: 'the 100-1000-10000 Project' } });
  await call(services, 'glossary.edit', { id: 'u.zhi-zao-ye-dang-jia', patch: { note: 'Nanfang Daily' }, layer: 'team' });
  const local = (await call(services, 'team.status', {})).head as string;
  assert.notEqual(local, head);
  assert.equal(await glossaryVersionLine(services, handle), `team ${local.slice(0, 7)} + local edits (1 entry); ${builtinOnly}; personal 1 entry`);
});
