/**
 * The parts of Monaco the panes use, and nothing else (no language services, no minimap, no
 * line-editing commands that would join or split rows). Importing this file sets up the editor worker.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/readOnlyMessage/register';

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}

// The worker is bundled beside app.js by scripts/build.mjs; same origin, so the CSP's worker-src 'self' allows it.
globalThis.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.js', document.baseURI).href, { name: 'editor' }),
};

const sharedRules: monaco.editor.ITokenThemeRule[] = [];

monaco.editor.defineTheme('dz-light', {
  base: 'vs',
  inherit: true,
  rules: sharedRules,
  colors: {
    'editor.background': '#fffdf8',
    'editorLineNumber.foreground': '#9a9488',
    'editorGutter.background': '#f6f2e9',
    'editor.selectionBackground': '#c8ddf5',
    'editor.inactiveSelectionBackground': '#dde8f3',
  },
});
monaco.editor.defineTheme('dz-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: sharedRules,
  colors: {
    'editor.background': '#1d1f23',
    'editorLineNumber.foreground': '#7d828c',
    'editorGutter.background': '#23262b',
    'editor.selectionBackground': '#2f4a6b',
    'editor.inactiveSelectionBackground': '#2a3442',
  },
});

export function monacoThemeFor(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'dz-dark' : 'dz-light';
}

export { monaco };
