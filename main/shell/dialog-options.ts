import type { PathPurpose } from '../api/contract/app';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface DialogSpec {
  kind: 'open' | 'save';
  title: string;
  filters: DialogFilter[];
}

const DOCUMENT_EXTENSIONS = ['txt', 'docx', 'html', 'htm'];

/** Title and file filters of the native dialog for each purpose. Pure, so it is tested without Electron. */
export function dialogSpec(purpose: PathPurpose, extensions?: string[]): DialogSpec {
  const custom = extensions?.length ? [{ name: extensions.map((e) => e.toUpperCase()).join(', '), extensions }] : undefined;
  const all = { name: 'All files', extensions: ['*'] };
  switch (purpose) {
    case 'open-project':
      return { kind: 'open', title: 'Open project', filters: [{ name: 'Duizhao projects', extensions: ['duizhao'] }, all] };
    case 'save-project':
      return { kind: 'save', title: 'Save project', filters: [{ name: 'Duizhao projects', extensions: ['duizhao'] }] };
    case 'import-document':
      return { kind: 'open', title: 'New project from a Chinese document', filters: [{ name: 'Documents', extensions: DOCUMENT_EXTENSIONS }, all] };
    case 'import-translation':
      return { kind: 'open', title: 'Existing English translation', filters: [{ name: 'Documents', extensions: DOCUMENT_EXTENSIONS }, all] };
    case 'export':
      return { kind: 'save', title: 'Export', filters: custom ?? [all] };
    case 'import-glossary':
      return { kind: 'open', title: 'Import glossary', filters: custom ?? [{ name: 'Glossaries', extensions: ['tbx', 'tsv', 'csv', 'json'] }, all] };
    case 'export-glossary':
      return { kind: 'save', title: 'Export glossary', filters: custom ?? [{ name: 'Glossaries', extensions: ['tbx', 'tsv', 'csv'] }] };
  }
}
