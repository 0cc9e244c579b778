import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectFileStore } from '../../../main/project/file-store';
import { createProject } from '../../../main/project/model';
import { serveWebHost } from '../../../main/webhost/serve';
import { callApi } from '../webhost/http-client';
import { startHostProcess } from '../webhost/host-process';
import { sampleDocument } from './sample-document';

test('after the host process is killed (SIGKILL) mid-session, reopening restores every confirmed segment and the latest draft', async () => {
  const dataHome = mkdtempSync(join(tmpdir(), 'dz-crash-home-'));
  const file = join(mkdtempSync(join(tmpdir(), 'dz-crash-')), 'plenary.duizhao');
  await new ProjectFileStore().write(file, createProject(sampleDocument(), { id: 'p-crash', now: new Date('2026-01-04T08:00:00Z') }));
  const savedBytes = readFileSync(file, 'utf8');

  const { child, origin, token, exited } = await startHostProcess(dataHome, { autosaveMs: 150 });
  try {
    const call = async (method: string, params: unknown) => {
      const response = (await callApi(origin, token, method, params)).json();
      assert.equal(response.ok, true, JSON.stringify(response));
      return response.result;
    };
    const { handle } = await call('project.open', { path: file });
    const confirmed = ['s1', 's2', 's3'];
    for (const id of confirmed) await call('project.updateSegment', { handle, segmentId: id, target: `Confirmed ${id}.`, status: 'translated' });
    // The translator is still typing s4 when the process dies.
    for (const prefix of ['Guo', 'Guo Wenhai', 'Guo Wenhai presided over']) await call('project.updateSegment', { handle, segmentId: 's4', target: prefix });
    // A second project, never saved: created from pasted text, one segment confirmed.
    const pasted = await call('project.create', { source: { kind: 'text', text: '市委书记郭文海主持会议并讲话。市长肖展欣出席会议。' }, name: 'Pasted news' });
    await call('project.updateSegment', { handle: pasted.handle, segmentId: pasted.project.segments[0].id, target: 'Guo Wenhai presided and spoke.', status: 'translated' });
    const lastEdit = Date.now();
    const sidecar = `${file}.autosave`;
    while (!(existsSync(sidecar) && readFileSync(sidecar, 'utf8').includes('Guo Wenhai presided over')) && Date.now() - lastEdit < 2000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const unsavedAutosaved = () => readdirSync(join(dataHome, 'autosave')).some((n) => n.endsWith('.autosave') && readFileSync(join(dataHome, 'autosave', n), 'utf8').includes('Guo Wenhai presided and spoke.'));
    while (!(existsSync(join(dataHome, 'autosave')) && unsavedAutosaved()) && Date.now() - lastEdit < 2000) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(Date.now() - lastEdit < 2000, 'the autosaves were on disk within two seconds of the last edit');
  } finally {
    child.kill('SIGKILL');
  }
  assert.equal(await exited, 'SIGKILL');
  assert.equal(readFileSync(file, 'utf8'), savedBytes, 'the project file itself was never written by autosave');

  const restarted = await serveWebHost({ dataHome, staticRoot: dataHome });
  try {
    const reopened = (await callApi(restarted.origin, restarted.token, 'project.open', { path: file })).json().result;
    assert.equal(reopened.recoveredFromAutosave, true);
    assert.equal(reopened.dirty, true);
    const byId = new Map<string, { target: string; status: string }>(reopened.project.segments.map((s: { id: string }) => [s.id, s]));
    for (const id of ['s1', 's2', 's3']) assert.deepEqual({ target: byId.get(id)?.target, status: byId.get(id)?.status }, { target: `Confirmed ${id}.`, status: 'translated' });
    assert.equal(byId.get('s4')?.target, 'Guo Wenhai presided over');
    assert.equal(byId.get('s4')?.status, 'draft');
    const recoverable = (await callApi(restarted.origin, restarted.token, 'project.recoverable', {})).json().result;
    assert.deepEqual(recoverable.map((r: { name: string }) => r.name), ['Pasted news']);
    const unsaved = (await callApi(restarted.origin, restarted.token, 'project.recover', { id: recoverable[0].id })).json().result;
    assert.equal(unsaved.recoveredFromAutosave, true);
    assert.deepEqual([unsaved.project.segments[0].target, unsaved.project.segments[0].status], ['Guo Wenhai presided and spoke.', 'translated']);
    // Saving the recovered project makes it the file's content and clears the autosave.
    await callApi(restarted.origin, restarted.token, 'project.save', { handle: reopened.handle });
    assert.equal(existsSync(`${file}.autosave`), false);
    assert.match(readFileSync(file, 'utf8'), /Guo Wenhai presided over/);
  } finally {
    await restarted.close();
  }
});

test('stopping the host normally (SIGTERM) writes pending autosaves first, even before the autosave delay', async () => {
  const dataHome = mkdtempSync(join(tmpdir(), 'dz-term-home-'));
  const file = join(mkdtempSync(join(tmpdir(), 'dz-term-')), 'plenary.duizhao');
  await new ProjectFileStore().write(file, createProject(sampleDocument(), { id: 'p-term', now: new Date('2026-01-04T08:00:00Z') }));
  const { child, origin, token, exited } = await startHostProcess(dataHome, { autosaveMs: 60_000 });
  const { handle } = (await callApi(origin, token, 'project.open', { path: file })).json().result;
  await callApi(origin, token, 'project.updateSegment', { handle, segmentId: 's2', target: 'Written on the way out.', status: 'translated' });
  assert.equal(existsSync(`${file}.autosave`), false, 'not yet: the delay is a minute');
  child.kill('SIGTERM');
  await exited;
  assert.match(readFileSync(`${file}.autosave`, 'utf8'), /Written on the way out/);
});
