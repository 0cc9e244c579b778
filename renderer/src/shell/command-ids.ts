/**
 * Ids of the renderer's built-in commands. The Electron shell's native menu sends these ids to the
 * renderer (a `menu-command` API event), so both sides name commands the same way. Pure constants:
 * main/shell may import this file.
 */
export const COMMAND_IDS = {
  newProject: 'project.new',
  openProject: 'project.open',
  saveProject: 'project.save',
  saveProjectAs: 'project.saveAs',
  closeProject: 'project.close',
  confirmSegment: 'segment.confirm',
  nextSegment: 'segment.next',
  previousSegment: 'segment.previous',
  nextUnconfirmed: 'segment.nextUnconfirmed',
  markReviewed: 'segment.markReviewed',
  showOriginal: 'segment.showOriginal',
  find: 'edit.find',
  addTerm: 'glossary.addTerm',
  glossaryPanel: 'glossary.panel',
  termsPanel: 'glossary.termsPanel',
  cleanupReport: 'view.cleanupReport',
  toggleOriginal: 'view.toggleOriginal',
  insertRendering: 'glossary.insertRendering',
  toggleTheme: 'view.toggleTheme',
  switchLanguage: 'view.switchLanguage',
  shortcuts: 'help.shortcuts',
  commandPalette: 'help.commandPalette',
  settings: 'app.settings',
  importTranslation: 'alignment.importTranslation',
  exportProject: 'export.export',
  importReview: 'export.importReview',
  importTmx: 'export.importTmx',
  teamSync: 'team.sync',
  teamConflicts: 'team.showConflicts',
  memoryPanel: 'memory.panel',
  insertMemoryMatch: 'memory.insertMatch',
  memoryConcordance: 'memory.concordance',
  exportMemory: 'memory.export',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
