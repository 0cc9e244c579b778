import type { Extension } from '../shell/extension';
import type { KeyArgs } from '../shell/commands';
import { COMMAND_IDS } from '../shell/command-ids';
import { keysOf } from '../shell/command-keys';
import { format } from '../i18n';
import type { LocalizedText } from '../i18n/localized';
import { downloadBase64 } from '../export/download';
import { ActiveMatches } from './active-matches';
import { renderMemoryPanel, type MemoryPanelArgs } from './memory-panel';
import { MEMORY_TEXT } from './strings';
import './memory.css';

export const MEMORY_PANEL_VIEW = 'memory.panel';
const INSERT_KEYS = keysOf(COMMAND_IDS.insertMemoryMatch) ?? [];
/** How many matches the panel lists; the first ones have keys. */
const MATCH_LIMIT = 5;

/**
 * The translation memory in the editor: a side tab with the active segment's fuzzy matches (looked up
 * when the segment changes, and again when the memory changes, e.g. after confirming a row), Alt+1…3 to
 * use a match, Ctrl+Shift+K concordance search (the selection prefilled), and TMX export of the memory.
 * Confirmed segments reach the memory in the service (main/memory/confirmed-feed.ts), not here.
 */
export const memoryExtension: Extension = {
  id: 'memory',
  activate({ client, views, commands, i18n, workbench, project }) {
    const t = (text: LocalizedText, params?: Record<string, string | number>) => format(i18n.text(text), params);
    const isMac = /Mac/.test(navigator.platform);
    const matches = new ActiveMatches({ lookup: (text) => client.call('memory.lookup', { text, limit: MATCH_LIMIT }), onError: (error) => reportOnce(error) });
    const concordance = { query: '' };
    let lastProblem = '';

    /** A damaged memory would fail every lookup: say it once, not on every row. */
    const reportOnce = (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (message === lastProblem) return;
      lastProblem = message;
      workbench.showError(error);
    };

    const segmentOf = (segmentId: string | undefined) => (segmentId ? project.current()?.project.segments.find((s) => s.id === segmentId) : undefined);
    const follow = (segmentId: string | undefined) => matches.show(segmentId, segmentOf(segmentId)?.text);

    const insert = (n: number) => {
      const match = matches.current().matches[n - 1];
      if (!match) return workbench.notify(t(MEMORY_TEXT.noSuchMatch, { n }));
      project.replaceActiveTranslation(match.entry.en);
    };

    const exportTmx = async () => {
      try {
        const choice = await client.call('app.choosePath', { purpose: 'export', defaultName: `translation-memory-${new Date().toISOString().slice(0, 10)}.tmx`, extensions: ['tmx'] });
        if (choice.available) {
          if (!choice.path) return;
          const result = await client.call('memory.exportTmx', { path: choice.path }, { taskId: `memory-tmx-${Date.now()}` });
          workbench.notify(t(MEMORY_TEXT.exported, { count: result.entries, path: result.path ?? choice.path }));
          return;
        }
        const result = await client.call('memory.exportTmx', {}, { taskId: `memory-tmx-${Date.now()}` });
        downloadBase64(result.base64 ?? '', result.fileName, 'application/x-tmx+xml');
        workbench.notify(t(MEMORY_TEXT.downloaded, { name: result.fileName, count: result.entries }));
      } catch (error) {
        workbench.showError(error);
      }
    };

    const disposers = [
      views.register({
        id: MEMORY_PANEL_VIEW,
        title: MEMORY_TEXT.tabTitle,
        location: 'side',
        order: 15,
        render: (container, _host, args) =>
          renderMemoryPanel(
            container,
            {
              client,
              i18n,
              workbench,
              matches,
              insertKeys: INSERT_KEYS,
              isMac,
              segmentNumber: (id) => {
                const index = project.current()?.project.segments.findIndex((s) => s.id === id) ?? -1;
                return index >= 0 ? index + 1 : undefined;
              },
              insert,
              exportTmx,
              concordance,
            },
            (args ?? {}) as MemoryPanelArgs,
          ),
      }),
      commands.register({
        id: COMMAND_IDS.insertMemoryMatch,
        label: MEMORY_TEXT.insertCommand,
        keybindings: INSERT_KEYS,
        keyLabel: INSERT_KEYS.length > 1 ? `${INSERT_KEYS[0]}…${INSERT_KEYS.at(-1)!.split('+').pop()}` : undefined,
        scope: 'project',
        hidden: true,
        enabled: () => Boolean(project.current()),
        run: (args) => insert(Number(((args as KeyArgs | undefined)?.keybinding ?? INSERT_KEYS[0] ?? '1').split('+').pop())),
      }),
      commands.register({
        id: COMMAND_IDS.memoryConcordance,
        label: MEMORY_TEXT.concordanceCommand,
        keybindings: keysOf(COMMAND_IDS.memoryConcordance),
        menu: 'edit',
        order: 31,
        enabled: () => Boolean(project.current()),
        run: () => {
          const selected = project.selectedText().trim();
          workbench.openView(MEMORY_PANEL_VIEW, (selected ? { concordance: selected } : { focusSearch: true }) satisfies MemoryPanelArgs);
        },
      }),
      commands.register({ id: COMMAND_IDS.memoryPanel, label: MEMORY_TEXT.panelCommand, menu: 'view', order: 40, enabled: () => Boolean(project.current()), run: () => workbench.openView(MEMORY_PANEL_VIEW) }),
      commands.register({ id: COMMAND_IDS.exportMemory, label: MEMORY_TEXT.exportCommand, menu: 'file', order: 63, run: exportTmx }),
      project.onDidChangeActiveSegment(follow),
      project.onDidChange((open) => {
        if (!open) matches.show(undefined, undefined);
      }),
      client.onEvent((event) => {
        if (event.type === 'memory-changed') {
          lastProblem = '';
          matches.refresh();
        } else if (event.type === 'memory-error') reportOnce(new Error(event.hint ? `${event.message} ${event.hint}` : event.message));
      }),
      () => matches.dispose(),
    ];
    follow(project.activeSegmentId());
    return () => {
      for (const dispose of disposers) dispose();
    };
  },
};
