import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectFileStore } from '../../../main/project/file-store';
import { createProject, updateSegment } from '../../../main/project/model';
import { serializeProject } from '../../../main/project/codec';
import { PROJECT_SCHEMA_VERSION } from '../../../main/project/schema';
import { sampleDocument } from './sample-document';

const now = new Date('2026-01-04T08:00:00Z');
const tempDir = () => mkdtempSync(join(tmpdir(), 'dz-project-'));

test('save then open gives back the same project, translations and statuses included', async () => {
  const store = new ProjectFileStore();
  let project = createProject(sampleDocument(), { id: 'p1', now });
  project = updateSegment(project, 's3', { target: 'On April 18, a meeting was held.', status: 'translated' }, { now }).project;
  project = updateSegment(project, 's4', { target: 'Guo Wenhai presided', comment: 'check title' }, { now }).project;
  const file = join(tempDir(), 'meeting.duizhao');
  await store.write(file, project);
  assert.deepEqual(await store.read(file), project);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).schemaVersion, PROJECT_SCHEMA_VERSION);
});

test('a file from a newer Duizhao is refused with a clear message and never overwritten', async () => {
  const store = new ProjectFileStore();
  const file = join(tempDir(), 'future.duizhao');
  const future = { ...JSON.parse(serializeProject(createProject(sampleDocument(), { id: 'p1', now }))), schemaVersion: PROJECT_SCHEMA_VERSION + 1, newField: 'kept' };
  const bytes = JSON.stringify(future);
  writeFileSync(file, bytes);
  await assert.rejects(store.read(file), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'PROJECT_NEWER_VERSION');
    assert.match(error.message, /newer Duizhao/);
    return true;
  });
  await assert.rejects(store.write(file, createProject(sampleDocument(), { id: 'p2', now })), { code: 'PROJECT_WILL_NOT_OVERWRITE' });
  assert.equal(readFileSync(file, 'utf8'), bytes);
});

test('a damaged file (truncated JSON, wrong shape, duplicate ids, not a project) is refused and left untouched', async () => {
  const store = new ProjectFileStore();
  const dir = tempDir();
  const good = serializeProject(createProject(sampleDocument(), { id: 'p1', now }));
  const duplicate = JSON.parse(good);
  duplicate.segments[1].id = duplicate.segments[0].id;
  const cases: Array<[string, string, string]> = [
    ['truncated.duizhao', good.slice(0, good.length / 2), 'PROJECT_CORRUPT'],
    ['shape.duizhao', JSON.stringify({ ...JSON.parse(good), segments: 'none' }), 'PROJECT_CORRUPT'],
    ['dupes.duizhao', JSON.stringify(duplicate), 'PROJECT_CORRUPT'],
    ['other.duizhao', JSON.stringify({ hello: 'world' }), 'PROJECT_NOT_A_PROJECT'],
  ];
  for (const [name, content, code] of cases) {
    const file = join(dir, name);
    writeFileSync(file, content);
    await assert.rejects(store.read(file), { code }, name);
    await assert.rejects(store.write(file, createProject(sampleDocument(), { id: 'p2', now })), { code: 'PROJECT_WILL_NOT_OVERWRITE' }, name);
    assert.equal(readFileSync(file, 'utf8'), content, `${name} untouched`);
  }
});

test('opening a missing file and saving without the .duizhao extension give clear messages', async () => {
  const store = new ProjectFileStore();
  const dir = tempDir();
  await assert.rejects(store.read(join(dir, 'gone.duizhao')), { code: 'FILE_NOT_FOUND' });
  await assert.rejects(store.write(join(dir, 'meeting.txt'), createProject(sampleDocument(), { id: 'p1', now })), { code: 'PROJECT_BAD_EXTENSION' });
  assert.equal(existsSync(join(dir, 'meeting.txt')), false);
});
