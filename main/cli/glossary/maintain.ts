import { parseArgs } from 'node:util';
import { GLOSSARY_LAYERS_BY_PRIORITY, TERM_STATUSES, VARIANT_TYPES, type GlossaryLayer, type TermStatus, type TermVariant } from '../../../glossary/engine/entry';
import { serializeEntry } from '../../../glossary/engine/serialize';
import type { EntryPatch } from '../../../glossary/store/personal-store';
import { UserFacingError } from '../../common/errors';
import type { CliIo } from '../command';
import { glossaryServiceFor } from './context';
import { entryLine } from './views';

export const MAINTAIN_USAGE = [
  'duizhao glossary add --zh ZH --en EN [--alt EN]... [--forbidden EN]... [--variant ZH[:type]]... [--note TEXT] [--tag T]... [--source AUTHORITY[:REFERENCE]]... [--status approved|proposed] [--id ID]',
  'duizhao glossary edit ID [--zh ZH] [--en EN] [--alt EN]... [--forbidden EN]... [--variant ZH[:type]]... [--note TEXT] [--tag T]... [--source ...]... [--status S]',
  '                                                   (list options replace the list; a built-in or team entry gets a personal override)',
  'duizhao glossary deprecate ID [--reason TEXT]      never suggested again',
  'duizhao glossary delete ID                         removes one of your own entries',
  'duizhao glossary list [WORDS] [--layer L] [--status S] [--tag T] [--limit N] [--json]',
];

const ENTRY_OPTIONS = {
  zh: { type: 'string' },
  en: { type: 'string' },
  alt: { type: 'string', multiple: true },
  forbidden: { type: 'string', multiple: true },
  variant: { type: 'string', multiple: true },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  source: { type: 'string', multiple: true },
  status: { type: 'string' },
  id: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type EntryValues = { [K in keyof typeof ENTRY_OPTIONS]?: (typeof ENTRY_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof ENTRY_OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

/** Options → the fields they set (only the ones given). */
function fieldsFrom(values: EntryValues): EntryPatch {
  const patch: EntryPatch = {};
  if (values.zh !== undefined) patch.zh = values.zh;
  if (values.en !== undefined) patch.en = values.en;
  if (values.alt) patch.alternates = values.alt;
  if (values.forbidden) patch.forbidden = values.forbidden.map((text) => ({ text }));
  if (values.variant) patch.variants = values.variant.map(parseVariant);
  if (values.note !== undefined) patch.note = values.note;
  if (values.tag) patch.tags = values.tag;
  if (values.source) patch.sources = values.source.map(parseSource);
  if (values.status !== undefined) {
    if (!(TERM_STATUSES as readonly string[]).includes(values.status)) throw new UserFacingError('CLI_USAGE', `Unknown status "${values.status}".`, `Use ${TERM_STATUSES.join(', ')}.`);
    patch.status = values.status as TermStatus;
  }
  return patch;
}

function parseVariant(text: string): TermVariant {
  const at = text.lastIndexOf(':');
  const type = at > 0 ? text.slice(at + 1) : '';
  if ((VARIANT_TYPES as readonly string[]).includes(type)) return { text: text.slice(0, at), type: type as TermVariant['type'] };
  return { text, type: 'other' };
}

function parseSource(text: string): { authority: string; reference?: string } {
  const at = text.indexOf(':');
  // "gov.cn: https://..." splits at the first colon; a bare URL stays whole.
  if (at > 0 && !/^https?$/i.test(text.slice(0, at))) return { authority: text.slice(0, at).trim(), reference: text.slice(at + 1).trim() || undefined };
  return { authority: text.trim() };
}

export async function runAdd(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: ENTRY_OPTIONS, allowPositionals: false });
  void positionals;
  if (!values.zh || !values.en) {
    io.err(`Usage: ${MAINTAIN_USAGE[0]}`);
    return 2;
  }
  const fields = fieldsFrom(values as EntryValues);
  const entry = await glossaryServiceFor(io).add({ ...fields, zh: values.zh, en: values.en, id: values.id });
  io.out(values.json ? serializeEntry(entry) : `Added ${entry.id}: ${entry.zh} → ${entry.en}`);
  return 0;
}

export async function runEdit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: ENTRY_OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) {
    io.err(`Usage: ${MAINTAIN_USAGE[1]}`);
    return 2;
  }
  const patch = fieldsFrom(values as EntryValues);
  if (Object.keys(patch).length === 0) {
    io.err('duizhao glossary edit: nothing to change; give at least one of --zh --en --alt --forbidden --variant --note --tag --source --status.');
    return 2;
  }
  const entry = await glossaryServiceFor(io).edit(positionals[0], patch);
  io.out(values.json ? serializeEntry(entry) : `Edited ${entry.id}: ${entry.zh} → ${entry.en}`);
  return 0;
}

export async function runDeprecate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { reason: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    io.err(`Usage: ${MAINTAIN_USAGE[3]}`);
    return 2;
  }
  const entry = await glossaryServiceFor(io).deprecate(positionals[0], values.reason);
  io.out(`Deprecated ${entry.id} (${entry.zh}): it will no longer be suggested.`);
  return 0;
}

export async function runDelete(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) {
    io.err(`Usage: ${MAINTAIN_USAGE[4]}`);
    return 2;
  }
  await glossaryServiceFor(io).delete(positionals[0]);
  io.out(`Deleted ${positionals[0]} from your personal glossary.`);
  return 0;
}

export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { layer: { type: 'string' }, status: { type: 'string' }, tag: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.layer && !GLOSSARY_LAYERS_BY_PRIORITY.includes(values.layer as GlossaryLayer)) {
    io.err(`duizhao glossary list: unknown layer "${values.layer}"; use personal, team or builtin.`);
    return 2;
  }
  if (values.status && !(TERM_STATUSES as readonly string[]).includes(values.status)) {
    io.err(`duizhao glossary list: unknown status "${values.status}"; use ${TERM_STATUSES.join(', ')}.`);
    return 2;
  }
  const limit = values.limit ? Number(values.limit) : 10000;
  if (!Number.isInteger(limit) || limit <= 0) {
    io.err('duizhao glossary list: --limit takes a positive whole number.');
    return 2;
  }
  const result = await glossaryServiceFor(io).list({
    text: positionals.join(' ') || undefined,
    layer: values.layer as GlossaryLayer | undefined,
    status: values.status as TermStatus | undefined,
    tag: values.tag,
    limit,
  });
  if (values.json) {
    io.out(JSON.stringify({ total: result.total, entries: result.entries.map((r) => ({ layer: r.layer, overrides: r.overrides.map((o) => o.layer), ...r.entry })) }, null, 2));
    return 0;
  }
  for (const resolved of result.entries) io.out(entryLine(resolved));
  io.out(`${result.total} entr${result.total === 1 ? 'y' : 'ies'}${result.total > result.entries.length ? ` (showing ${result.entries.length})` : ''}.`);
  return 0;
}
