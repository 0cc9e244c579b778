import type { Project } from '../project/schema';
import { buildXml } from './xml';
import { tmxDate } from './exchange-dates';
import { DEFAULT_TOOL_VERSION, resolvedExportTime, throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { isConfirmed } from './project-view';

/**
 * TMX 1.4b: the project's confirmed pairs (translated or reviewed) and its aligned pairs, with status,
 * translator and dates, in the header and attributes OmegaT, Trados and memoQ read.
 * User-defined props start with `x-` as the TMX spec asks.
 */
export const TMX_DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">';
export const TMX_TOOL = 'Duizhao';

export function buildTmx(project: Project, options: ExportOptions = {}, control: ExportControl = {}): string {
  const translator = options.translator ?? project.translator;
  const units: TmxUnit[] = [];
  const seen = new Set<string>();
  const total = project.segments.length + project.alignedPairs.length;

  project.segments.forEach((segment, i) => {
    if (i % 500 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, total, 'Collecting confirmed pairs');
    }
    if (!isConfirmed(segment)) return;
    seen.add(pairKey(segment.text, segment.target));
    const changed = segment.modifiedAt ?? project.modifiedAt;
    const who = segment.modifiedBy ?? translator;
    units.push({
      tuid: `${project.id}:${segment.id}`,
      source: segment.text,
      target: segment.target.trim(),
      created: changed,
      changed,
      creationId: who,
      changeId: who,
      props: { 'x-status': segment.status, 'x-segment-id': segment.id, 'x-kind': segment.kind, 'x-origin': segment.origin ?? 'typed', 'x-project': project.name },
      note: segment.comment,
    });
  });
  project.alignedPairs.forEach((pair, i) => {
    if (pair.zh.trim() === '' || pair.en.trim() === '' || seen.has(pairKey(pair.zh, pair.en))) return;
    seen.add(pairKey(pair.zh, pair.en));
    const who = pair.createdBy ?? translator;
    units.push({
      tuid: `${project.id}:pair-${i + 1}`,
      source: pair.zh,
      target: pair.en.trim(),
      created: pair.createdAt,
      changed: pair.createdAt,
      creationId: who,
      changeId: who,
      props: { 'x-status': pair.origin === 'confirmed' ? 'translated' : 'aligned', 'x-origin': pair.origin, 'x-project': project.name },
    });
  });

  control.reportProgress?.(total, total, 'Writing TMX');
  return buildTmxDocument(
    {
      sourceLanguage: project.sourceLanguage,
      targetLanguage: project.targetLanguage,
      createdAt: resolvedExportTime(options),
      toolVersion: options.toolVersion,
      creationId: translator,
      props: { 'x-project-id': project.id, 'x-project-name': project.name },
    },
    units,
  );
}

/** One translation unit: a source/target pair with who and when, `x-` props and an optional note. */
export interface TmxUnit {
  tuid: string;
  source: string;
  target: string;
  created: string;
  changed: string;
  creationId?: string;
  changeId?: string;
  props: Record<string, string>;
  note?: string;
}

export interface TmxHeader {
  sourceLanguage: string;
  targetLanguage: string;
  createdAt: Date;
  toolVersion?: string;
  creationId?: string;
  /** Header props, `x-` types. */
  props?: Record<string, string>;
}

/**
 * The TMX 1.4b document around any units: the one TMX writer, used for a project's pairs (above) and
 * for the whole translation memory (memory-tmx.ts).
 */
export function buildTmxDocument(header: TmxHeader, units: readonly TmxUnit[]): string {
  const head: Record<string, unknown> = {
    '@_creationtool': TMX_TOOL,
    '@_creationtoolversion': header.toolVersion ?? DEFAULT_TOOL_VERSION,
    '@_segtype': 'sentence',
    '@_o-tmf': TMX_TOOL,
    '@_adminlang': 'en',
    '@_srclang': header.sourceLanguage,
    '@_datatype': 'plaintext',
    '@_o-encoding': 'UTF-8',
    '@_creationdate': tmxDate(header.createdAt),
    ...(header.creationId ? { '@_creationid': header.creationId } : {}),
    ...(header.props && Object.keys(header.props).length ? { prop: props(header.props) } : {}),
  };
  const tu = units.map((unit) => ({
    '@_tuid': unit.tuid,
    '@_creationdate': tmxDate(unit.created),
    ...(unit.creationId ? { '@_creationid': unit.creationId } : {}),
    ...(unit.changeId ? { '@_changeid': unit.changeId } : {}),
    '@_changedate': tmxDate(unit.changed),
    ...(unit.note ? { note: unit.note } : {}),
    prop: props(unit.props),
    tuv: [
      { '@_xml:lang': header.sourceLanguage, seg: unit.source },
      { '@_xml:lang': header.targetLanguage, seg: unit.target },
    ],
  }));
  return buildXml({ tmx: { '@_version': '1.4', header: head, body: { tu } } }, { doctype: TMX_DOCTYPE });
}

function props(values: Record<string, string>): Array<Record<string, string>> {
  return Object.entries(values).map(([type, value]) => ({ '@_type': type, '#text': value }));
}

function pairKey(zh: string, en: string): string {
  return `${zh.trim()}\u0000${en.trim()}`;
}
