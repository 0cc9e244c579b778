import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDocument } from '../../../main/document/prepare';
import { MAX_IMPORT_BYTES } from '../../../main/import/read-source';
import { seedDocx } from './sample-docx';

const dir = mkdtempSync(join(tmpdir(), 'dz-import-errors-'));
const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** Rejects with a UserFacingError of this code whose message names the file. */
async function assertRefused(path: string, code: string, mentions: RegExp): Promise<void> {
  await assert.rejects(prepareDocument({ kind: 'path', path }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.name, 'UserFacingError');
    assert.equal(error.code, code);
    assert.match(error.message, mentions);
    return true;
  });
}

test('an empty file, or one with only whitespace, is refused by name', async () => {
  await assertRefused(write('empty.txt', ''), 'IMPORT_EMPTY', /empty\.txt is empty/);
  await assertRefused(write('blank.txt', ' \n\r\n\t　\n'), 'IMPORT_EMPTY', /blank\.txt is empty/);
});

test('a binary file is refused as not text', async () => {
  const require = createRequire(import.meta.url);
  const nodejieba = require.resolve('nodejieba').replace(/index\.js$/, 'build/Release/nodejieba.node');
  const { readFileSync } = await import('node:fs');
  await assertRefused(write('article.txt', readFileSync(nodejieba)), 'IMPORT_BINARY', /article\.txt is not a text file/);
  await assertRefused(write('picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), 'IMPORT_BINARY', /picture\.txt/);
});

test('text in an encoding that is not Chinese is refused with a hint', async () => {
  const latin1 = Buffer.from('Café résumé naïve façade — déjà vu. '.repeat(20), 'latin1');
  await assert.rejects(prepareDocument({ kind: 'path', path: write('french.txt', latin1) }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'IMPORT_UNKNOWN_ENCODING');
    assert.match(error.message, /french\.txt/);
    assert.match(error.hint ?? '', /UTF-8/);
    return true;
  });
});

test('a truncated .docx is refused as damaged, naming the file', async () => {
  const docx = await seedDocx();
  await assertRefused(write('cut.docx', docx.subarray(0, Math.floor(docx.length / 2))), 'IMPORT_DOCX_DAMAGED', /cut\.docx is damaged or truncated/);
});

test('a .docx that is not a zip, an old .doc and a PDF each get their own message', async () => {
  await assertRefused(write('fake.docx', '这不是Word文件'), 'IMPORT_DOCX_INVALID', /fake\.docx is not a Word \.docx file/);
  await assertRefused(write('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])), 'IMPORT_DOC_LEGACY', /old\.doc is an old Word \.doc file/);
  await assertRefused(write('paper.pdf', '%PDF-1.7\n1 0 obj\n'), 'IMPORT_PDF', /paper\.pdf is a PDF/);
});

test('an oversized file (more than 20 MB) is refused before it is read', async () => {
  const path = join(dir, 'huge.txt');
  const handle = openSync(path, 'w');
  ftruncateSync(handle, MAX_IMPORT_BYTES + 1);
  closeSync(handle);
  await assertRefused(path, 'IMPORT_TOO_LARGE', /huge\.txt is too large \(20\.0 MB; the limit is 20 MB\)/);
  const base64 = 'A'.repeat(Math.ceil(((MAX_IMPORT_BYTES + 1024) * 4) / 3));
  await assert.rejects(prepareDocument({ kind: 'bytes', name: 'upload.txt', base64 }), (error: Error & { code?: string }) => error.code === 'IMPORT_TOO_LARGE' && /upload\.txt/.test(error.message));
});

test('a missing file and a folder are refused by path', async () => {
  await assertRefused(join(dir, 'nope.txt'), 'IMPORT_NOT_FOUND', /nope\.txt does not exist/);
  const folder = join(dir, 'folder.txt');
  mkdirSync(folder);
  await assertRefused(folder, 'IMPORT_IS_DIRECTORY', /folder\.txt is a folder/);
});
