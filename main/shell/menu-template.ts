import * as path from 'node:path';
import { COMMAND_IDS, type CommandId } from '../../renderer/src/shell/command-ids';
import { menuAccelerator } from '../../renderer/src/shell/command-keys';

/**
 * The native menu as plain data, so it is tested without Electron (menu.ts turns it into an Electron
 * Menu). Items are renderer commands (sent as `menu-command` events; their accelerators come from the
 * renderer's key table, command-keys.ts, are shown, and are left to the renderer's own keybindings,
 * which know when the editor has focus), shell actions (dialogs, windows), or Electron roles.
 */
export type ShellAction =
  | { type: 'new-from-file' }
  | { type: 'open-project' }
  | { type: 'open-recent'; path: string }
  | { type: 'clear-recent' }
  | { type: 'open-data-folder' }
  | { type: 'about' };

export type MenuItemSpec =
  | { kind: 'command'; command: string; label: string; accelerator?: string }
  /** `keyInRenderer`: the renderer binds the same key and asks the shell (app.openWindow); the menu only shows it. */
  | { kind: 'action'; action: ShellAction; label: string; accelerator?: string; keyInRenderer?: boolean; enabled?: boolean }
  | { kind: 'role'; role: string; label?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuItemSpec[] };

export interface MenuSpec {
  id: 'app' | 'file' | 'edit' | 'view' | 'glossary' | 'help';
  label: string;
  items: MenuItemSpec[];
}

export interface MenuContext {
  isMac: boolean;
  uiLanguage: 'en' | 'zh-CN';
  recentProjects: readonly string[];
  /** Developer tools only outside packaged builds. */
  devTools: boolean;
}

const LABELS = {
  en: {
    file: 'File', edit: 'Edit', view: 'View', glossary: 'Glossary', help: 'Help',
    newFromFile: 'New Project from File…', newFromText: 'New Project from Pasted Text…', open: 'Open Project…', recent: 'Open Recent',
    noRecent: 'No recent projects', clearRecent: 'Clear Recent', save: 'Save', saveAs: 'Save As…', closeProject: 'Close Project',
    find: 'Find…', confirm: 'Confirm Segment', nextUnconfirmed: 'Next Unconfirmed Segment', nextSegment: 'Next Segment', previousSegment: 'Previous Segment',
    markReviewed: 'Mark as Reviewed', showOriginal: 'Show Original Text', cleanupReport: 'Cleanup Report', toggleTheme: 'Toggle Dark Theme',
    switchLanguage: '中文界面', addTerm: 'Add Term…', glossaryPanel: 'Glossary', termsPanel: 'Terms in Segment', shortcuts: 'Keyboard Shortcuts',
    palette: 'Command Palette…', dataFolder: 'Open Data Folder', about: 'About Duizhao',
    importTranslation: 'Import Translation…', importReview: 'Import Review…', importTmx: 'Import TMX into Memory…', exportProject: 'Export…',
    teamSync: 'Sync Team Glossary', teamConflicts: 'Team Glossary Conflicts', settings: 'Preferences…',
    memoryPanel: 'Translation Memory', memoryConcordance: 'Concordance Search…', exportMemory: 'Export Memory as TMX…',
  },
  'zh-CN': {
    file: '文件', edit: '编辑', view: '视图', glossary: '术语', help: '帮助',
    newFromFile: '从文件新建项目…', newFromText: '从粘贴文本新建项目…', open: '打开项目…', recent: '最近的项目',
    noRecent: '没有最近的项目', clearRecent: '清除列表', save: '保存', saveAs: '另存为…', closeProject: '关闭项目',
    find: '查找…', confirm: '确认句段', nextUnconfirmed: '下一个未确认句段', nextSegment: '下一个句段', previousSegment: '上一个句段',
    markReviewed: '标记为已审校', showOriginal: '显示原文', cleanupReport: '清理报告', toggleTheme: '切换深色主题',
    switchLanguage: 'English UI', addTerm: '添加术语…', glossaryPanel: '术语表', termsPanel: '本句术语', shortcuts: '快捷键',
    palette: '命令面板…', dataFolder: '打开数据文件夹', about: '关于对照',
    importTranslation: '导入译文…', importReview: '导入审校稿…', importTmx: '导入 TMX 到翻译记忆…', exportProject: '导出…',
    teamSync: '同步团队术语表', teamConflicts: '团队术语冲突', settings: '偏好设置…',
    memoryPanel: '翻译记忆', memoryConcordance: '语料检索…', exportMemory: '导出翻译记忆（TMX）…',
  },
} as const;

export function buildMenuSpec(context: MenuContext): MenuSpec[] {
  const t = LABELS[context.uiLanguage];
  const command = (id: CommandId, label: string): MenuItemSpec => ({ kind: 'command', command: id, label, accelerator: menuAccelerator(id) });
  const separator: MenuItemSpec = { kind: 'separator' };

  const recentItems: MenuItemSpec[] = context.recentProjects.length
    ? [
        ...context.recentProjects.map((p): MenuItemSpec => ({ kind: 'action', action: { type: 'open-recent', path: p }, label: `${path.basename(p)} — ${path.dirname(p)}` })),
        separator,
        { kind: 'action', action: { type: 'clear-recent' }, label: t.clearRecent },
      ]
    : [{ kind: 'action', action: { type: 'clear-recent' }, label: t.noRecent, enabled: false }];

  const file: MenuSpec = {
    id: 'file',
    label: t.file,
    items: [
      { kind: 'action', action: { type: 'new-from-file' }, label: t.newFromFile, accelerator: 'CmdOrCtrl+N' },
      command(COMMAND_IDS.newProject, t.newFromText),
      { kind: 'action', action: { type: 'open-project' }, label: t.open, accelerator: menuAccelerator(COMMAND_IDS.openProject), keyInRenderer: true },
      { kind: 'submenu', label: t.recent, items: recentItems },
      separator,
      command(COMMAND_IDS.saveProject, t.save),
      command(COMMAND_IDS.saveProjectAs, t.saveAs),
      separator,
      command(COMMAND_IDS.importTranslation, t.importTranslation),
      command(COMMAND_IDS.importReview, t.importReview),
      command(COMMAND_IDS.importTmx, t.importTmx),
      command(COMMAND_IDS.exportProject, t.exportProject),
      separator,
      command(COMMAND_IDS.closeProject, t.closeProject),
      { kind: 'role', role: 'close' },
      ...(context.isMac ? [] : [separator, { kind: 'role', role: 'quit' } as MenuItemSpec]),
    ],
  };
  const edit: MenuSpec = {
    id: 'edit',
    label: t.edit,
    items: [
      { kind: 'role', role: 'undo' },
      { kind: 'role', role: 'redo' },
      separator,
      { kind: 'role', role: 'cut' },
      { kind: 'role', role: 'copy' },
      { kind: 'role', role: 'paste' },
      { kind: 'role', role: 'selectAll' },
      separator,
      command(COMMAND_IDS.find, t.find),
      separator,
      command(COMMAND_IDS.confirmSegment, t.confirm),
      command(COMMAND_IDS.nextUnconfirmed, t.nextUnconfirmed),
      command(COMMAND_IDS.nextSegment, t.nextSegment),
      command(COMMAND_IDS.previousSegment, t.previousSegment),
      command(COMMAND_IDS.markReviewed, t.markReviewed),
      command(COMMAND_IDS.showOriginal, t.showOriginal),
    ],
  };
  const view: MenuSpec = {
    id: 'view',
    label: t.view,
    items: [
      command(COMMAND_IDS.cleanupReport, t.cleanupReport),
      command(COMMAND_IDS.toggleTheme, t.toggleTheme),
      command(COMMAND_IDS.switchLanguage, t.switchLanguage),
      command(COMMAND_IDS.settings, t.settings),
      separator,
      { kind: 'role', role: 'resetZoom' },
      { kind: 'role', role: 'zoomIn' },
      { kind: 'role', role: 'zoomOut' },
      separator,
      { kind: 'role', role: 'togglefullscreen' },
      ...(context.devTools ? [{ kind: 'role', role: 'toggleDevTools' } as MenuItemSpec] : []),
    ],
  };
  const glossary: MenuSpec = {
    id: 'glossary',
    label: t.glossary,
    items: [
      command(COMMAND_IDS.addTerm, t.addTerm),
      command(COMMAND_IDS.glossaryPanel, t.glossaryPanel),
      command(COMMAND_IDS.termsPanel, t.termsPanel),
      separator,
      command(COMMAND_IDS.teamSync, t.teamSync),
      command(COMMAND_IDS.teamConflicts, t.teamConflicts),
      separator,
      command(COMMAND_IDS.memoryPanel, t.memoryPanel),
      command(COMMAND_IDS.memoryConcordance, t.memoryConcordance),
      command(COMMAND_IDS.exportMemory, t.exportMemory),
    ],
  };
  const help: MenuSpec = {
    id: 'help',
    label: t.help,
    items: [
      command(COMMAND_IDS.shortcuts, t.shortcuts),
      command(COMMAND_IDS.commandPalette, t.palette),
      separator,
      { kind: 'action', action: { type: 'open-data-folder' }, label: t.dataFolder },
      ...(context.isMac ? [] : [{ kind: 'action', action: { type: 'about' }, label: t.about } as MenuItemSpec]),
    ],
  };
  const appMenu: MenuSpec = {
    id: 'app',
    label: 'Duizhao',
    items: [{ kind: 'role', role: 'about' }, separator, { kind: 'role', role: 'services' }, separator, { kind: 'role', role: 'hide' }, { kind: 'role', role: 'hideOthers' }, { kind: 'role', role: 'unhide' }, separator, { kind: 'role', role: 'quit' }],
  };
  return context.isMac ? [appMenu, file, edit, view, glossary, help] : [file, edit, view, glossary, help];
}
