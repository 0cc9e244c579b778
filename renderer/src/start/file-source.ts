import type { DocumentSource } from '../../../main/api/contract/document';

/** A picked or dropped file as the web host's `bytes` document source (base64 over JSON). */
export async function fileToSource(file: File): Promise<DocumentSource> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  return { kind: 'bytes', name: file.name, base64: bytesToBase64(buffer) };
}

/** Base64 without building one giant string argument (files of several MB). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A project name from a file name: "000_e9e6.txt" → "000_e9e6". */
export function projectNameFromFile(name: string): string {
  return name.replace(/\.[^.]+$/, '') || name;
}
