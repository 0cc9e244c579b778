import { parseArgs } from 'node:util';
import { TERM_STATUSES, type TermEntry, type TermStatus } from '../../../glossary/engine/entry';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../../glossary/formats/types';
import { writeFileAtomic } from '../../common/atomic-write';
import { UserFacingError } from '../../common/errors';
import type { FileSettingsStore } from '../../settings/file-store';
import type { TeamConflict } from '../../team-glossary/conflicts';
import type { TeamGlossaryService } from '../../team-glossary/service';
import type { SyncReport, TeamStatus } from '../../team-glossary/types';
import type { CliCommand, CliIo } from '../command';
import { teamGlossaryFor } from '../glossary/context';
import * as path from 'node:path';

export const TEAM_USAGE = [
  'Usage (DUIZHAO_HOME chooses whose data it is: two homes are two translators):',
  '  duizhao glossary team set URL_OR_PATH [--token TOKEN] [--user NAME] [--name TRANSLATOR]',
  '                                       HTTPS git repository or bare repository folder; empty ones are set up',
  '  duizhao glossary team [status] [--json]   where the team glossary is, what is pending',
  '  duizhao glossary sync [--json]            fetch, merge entry by entry, push (exit 1 when offline)',
  '  duizhao glossary conflicts [--json]       open conflicts: both values, who and when',
  '  duizhao glossary team resolve CONFLICT_ID --mine | --theirs | --value VALUE   (VALUE: text, or JSON)',
  '  duizhao glossary team list [--json]',
  '  duizhao glossary team add --zh ZH --en EN [--id ID] [--alt EN]... [--note TEXT] [--tag T]... [--status S]',
  '  duizhao glossary team add --entry JSON    a whole entry (TermEntry JSON)',
  '  duizhao glossary team edit ID [--zh ZH] [--en EN] [--alt EN]... [--note TEXT] [--tag T]... [--status S]',
  '  duizhao glossary team delete ID',
  '  duizhao glossary team history ID [--json] who changed which fields, when',
  '  duizhao glossary team revert ID COMMIT    the entry as that version left it',
  `  duizhao glossary team export --format ${GLOSSARY_FORMATS.join('|')} --out FILE`,
].join('\n');

const OPTIONS = {
  json: { type: 'boolean' },
  token: { type: 'string' },
  user: { type: 'string' },
  name: { type: 'string' },
  mine: { type: 'boolean' },
  theirs: { type: 'boolean' },
  value: { type: 'string' },
  entry: { type: 'string' },
  id: { type: 'string' },
  zh: { type: 'string' },
  en: { type: 'string' },
  alt: { type: 'string', multiple: true },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  status: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

interface Context {
  service: TeamGlossaryService;
  settings: FileSettingsStore;
  values: Values;
  positionals: string[];
  io: CliIo;
}

/** `duizhao glossary team|sync|conflicts ...` (dispatched here by commands/glossary.ts). */
export const command: CliCommand = {
  async run(args, io) {
    const [group, ...rest] = args;
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true });
    } catch (error) {
      io.err(`duizhao glossary ${group}: ${(error as Error).message}\n\n${TEAM_USAGE}`);
      return 2;
    }
    if (parsed.values.help) {
      io.out(TEAM_USAGE);
      return 0;
    }
    const { service, settings } = teamGlossaryFor(io);
    const context: Context = { service, settings, values: parsed.values, positionals: parsed.positionals, io };
    const sub = group === 'team' ? parsed.positionals.shift() ?? 'status' : group;
    const run = SUBCOMMANDS[sub];
    if (!run) {
      io.err(`duizhao glossary team: unknown sub-command "${sub}".\n\n${TEAM_USAGE}`);
      return 2;
    }
    return run(context);
  },
};

const SUBCOMMANDS: Record<string, (context: Context) => Promise<number>> = {
  set: runSet,
  status: runStatus,
  sync: runSync,
  conflicts: runConflicts,
  resolve: runResolve,
  list: runList,
  add: runAdd,
  edit: runEdit,
  delete: runDelete,
  history: runHistory,
  revert: runRevert,
  export: runExport,
};

function print(context: Context, data: unknown, text: () => string): void {
  context.io.out(context.values.json ? JSON.stringify(data, null, 2) : text());
}

function needPositional(context: Context, what: string): string {
  const value = context.positionals.shift();
  if (!value) throw new UserFacingError('CLI_USAGE', `Missing ${what}.`, TEAM_USAGE);
  return value;
}

async function runSet(context: Context): Promise<number> {
  const remote = needPositional(context, 'URL_OR_PATH');
  if (context.values.name) await context.settings.update({ translatorName: context.values.name });
  const status = await context.service.configure({ remote, token: context.values.token, username: context.values.user });
  print(context, status, () => `Team glossary set to ${status.remote} (branch ${status.branch}, ${status.entries} entries).`);
  return 0;
}

async function runStatus(context: Context): Promise<number> {
  const status = await context.service.status();
  print(context, status, () => describeStatus(status));
  return 0;
}

function describeStatus(status: TeamStatus): string {
  if (!status.configured) return 'No team glossary is set up. Set one with `duizhao glossary team set URL_OR_PATH`.';
  return [
    `Team glossary: ${status.remote} (branch ${status.branch})${status.hasToken ? `, token stored ${status.tokenProtection === 'os-encrypted' ? 'encrypted by the OS keychain' : 'in a private file (secrets.json, mode 0600)'}` : ''}`,
    `Translator: ${status.translator}`,
    `Entries: ${status.entries}; open conflicts: ${status.conflicts}; ${status.unpushed ? 'local edits not yet shared' : 'nothing waiting to be shared'}`,
    `Last sync: ${status.lastSyncAt ?? 'never'}${status.lastError ? `; last problem: ${status.lastError.message}` : ''}`,
  ].join('\n');
}

async function runSync(context: Context): Promise<number> {
  const report = await context.service.sync();
  print(context, report, () => describeSync(report));
  return report.state === 'offline' ? 1 : 0;
}

function describeSync(report: SyncReport): string {
  return report.conflicts > 0 ? `${report.message}\nSee them with \`duizhao glossary conflicts\`.` : report.message;
}

async function runConflicts(context: Context): Promise<number> {
  const conflicts = await context.service.conflicts();
  print(context, conflicts, () => (conflicts.length === 0 ? 'No open conflicts.' : conflicts.map(describeConflict).join('\n\n')));
  return 0;
}

function describeConflict(conflict: TeamConflict): string {
  const show = (side: TeamConflict['mine']) => {
    if (side.deleted) return 'deleted the entry';
    if (side.value === undefined) return '(no value)';
    if (conflict.field === null) return `edited it: ${(side.value as TermEntry).en}`;
    return JSON.stringify(side.value);
  };
  return [
    `${conflict.id}  ${conflict.zh}  ${conflict.field === null ? 'deleted on one side, edited on the other' : `field "${conflict.field}"`}`,
    `  mine   (${conflict.mine.by}, ${conflict.mine.at}): ${show(conflict.mine)}`,
    `  theirs (${conflict.theirs.by}, ${conflict.theirs.at}): ${show(conflict.theirs)}`,
    `  resolve: duizhao glossary team resolve ${conflict.id} --mine | --theirs | --value VALUE`,
  ].join('\n');
}

async function runResolve(context: Context): Promise<number> {
  const conflictId = needPositional(context, 'CONFLICT_ID');
  const { mine, theirs, value } = context.values;
  const chosen = [mine, theirs, value !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new UserFacingError('CLI_USAGE', 'Give exactly one of --mine, --theirs or --value VALUE.', TEAM_USAGE);
  const choice = mine ? 'mine' : theirs ? 'theirs' : 'combined';
  const result = await context.service.resolve(conflictId, choice, value === undefined ? undefined : parseValue(value));
  print(context, result, () => `Resolved ${conflictId} (${choice}). ${describeSync(result.sync)}`);
  return 0;
}

/** A combined value: JSON when it parses (lists, whole entries), otherwise the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function runList(context: Context): Promise<number> {
  const entries = await context.service.entries();
  print(context, entries, () => entries.map((entry) => `${entry.id}\t${entry.zh}\t${entry.en}\t${entry.status}`).join('\n') || 'The team glossary is empty.');
  return 0;
}

function statusOption(value: string | undefined): TermStatus | undefined {
  if (value === undefined) return undefined;
  if (!(TERM_STATUSES as readonly string[]).includes(value)) {
    throw new UserFacingError('CLI_USAGE', `Unknown status "${value}".`, `Use one of ${TERM_STATUSES.join(', ')}.`);
  }
  return value as TermStatus;
}

function fieldOptions(values: Values): Partial<TermEntry> {
  const fields: Partial<TermEntry> = {};
  if (values.zh !== undefined) fields.zh = values.zh;
  if (values.en !== undefined) fields.en = values.en;
  if (values.alt) fields.alternates = values.alt;
  if (values.note !== undefined) fields.note = values.note;
  if (values.tag) fields.tags = values.tag;
  const status = statusOption(values.status);
  if (status) fields.status = status;
  return fields;
}

async function runAdd(context: Context): Promise<number> {
  let input: Record<string, unknown>;
  if (context.values.entry !== undefined) {
    try {
      input = JSON.parse(context.values.entry) as Record<string, unknown>;
    } catch (error) {
      throw new UserFacingError('CLI_USAGE', `--entry is not valid JSON: ${(error as Error).message}`, 'Give a TermEntry as JSON.');
    }
  } else {
    const fields = fieldOptions(context.values);
    if (!fields.zh || !fields.en) throw new UserFacingError('CLI_USAGE', 'A new team entry needs --zh and --en.', TEAM_USAGE);
    const taken = new Set((await context.service.entries()).map((entry) => entry.id));
    // Loaded on demand: pinyin data and the format writers are heavy, most commands need neither.
    const { newEntryId } = await import('../../../glossary/engine/entry-id');
    input = { id: context.values.id ?? newEntryId(fields.zh, taken, 'team'), status: 'approved', ...fields };
  }
  const saved = await context.service.saveEntry(input as TermEntry);
  print(context, saved, () => `Added ${saved.id} (${saved.zh} → ${saved.en}) to the team glossary; it is shared at the next sync.`);
  return 0;
}

async function runEdit(context: Context): Promise<number> {
  const id = needPositional(context, 'ID');
  const current = (await context.service.entries()).find((entry) => entry.id === id);
  if (!current) throw new UserFacingError('TEAM_NO_SUCH_ENTRY', `The team glossary has no entry "${id}".`, 'List the entries with `duizhao glossary team list`.');
  const saved = await context.service.saveEntry({ ...current, ...fieldOptions(context.values) });
  print(context, saved, () => `Edited ${saved.id} (${saved.zh} → ${saved.en}); it is shared at the next sync.`);
  return 0;
}

async function runDelete(context: Context): Promise<number> {
  const id = needPositional(context, 'ID');
  const result = await context.service.deleteEntry(id);
  print(context, result, () => (result.deleted ? `Deleted ${id}; shared at the next sync.` : `The team glossary has no entry "${id}".`));
  return result.deleted ? 0 : 1;
}

async function runHistory(context: Context): Promise<number> {
  const id = needPositional(context, 'ID');
  const versions = await context.service.history(id);
  print(context, versions, () =>
    versions.length === 0
      ? `No history for "${id}".`
      : versions
          .map((version) =>
            [
              `${version.commit.slice(0, 10)}  ${version.at}  ${version.author}  ${version.merge ? 'merged (sync)' : version.change}`,
              ...version.fields.map((change) => `    ${change.field}: ${JSON.stringify(change.before ?? null)} → ${JSON.stringify(change.after ?? null)}`),
            ].join('\n'),
          )
          .join('\n'),
  );
  return 0;
}

async function runRevert(context: Context): Promise<number> {
  const id = needPositional(context, 'ID');
  const commit = needPositional(context, 'COMMIT');
  const full = commit.length === 40 ? commit : (await context.service.history(id)).find((version) => version.commit.startsWith(commit))?.commit;
  if (!full) throw new UserFacingError('TEAM_UNKNOWN_VERSION', `"${commit}" is not a version of ${id}.`, `See the versions with \`duizhao glossary team history ${id}\`.`);
  const entry = await context.service.revert(id, full);
  print(context, entry, () => (entry ? `Reverted ${id} to ${full.slice(0, 10)}: ${entry.en}` : `Reverted ${id} to ${full.slice(0, 10)}: deleted.`));
  return 0;
}

async function runExport(context: Context): Promise<number> {
  const format = context.values.format as GlossaryFormat | undefined;
  if (!format || !(GLOSSARY_FORMATS as readonly string[]).includes(format) || !context.values.out) {
    throw new UserFacingError('CLI_USAGE', 'Give --format and --out.', TEAM_USAGE);
  }
  const { exportGlossary } = await import('../../../glossary/formats');
  const entries = await context.service.entries();
  const out = path.resolve(context.io.cwd, context.values.out);
  await writeFileAtomic(out, await exportGlossary(entries, format));
  context.io.out(`Wrote ${entries.length} team entries to ${out} (${format}).`);
  return 0;
}
