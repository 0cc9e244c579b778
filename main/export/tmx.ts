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
  const now = resolvedExportTime(options);
  const translator = options.translator ?? project.translator;
  const units: Array<Record<string, unknown>> = [];
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
    units.push(
      unit(project, segment.text, segment.target.trim(), {
        tuid: `${project.id}:${segment.id}`,
        created: changed,
        changed,
        who,
        props: { 'x-status': segment.status, 'x-segment-id': segment.id, 'x-kind': segment.kind, 'x-origin': segment.origin ?? 'typed', 'x-project': project.name },
        note: segment.comment,
      }),
    );
  });
  project.alignedPairs.forEach((pair, i) => {
    if (pair.zh.trim() === '' || pair.en.trim() === '' || seen.has(pairKey(pair.zh, pair.en))) return;
    seen.add(pairKey(pair.zh, pair.en));
    units.push(
      unit(project, pair.zh, pair.en.trim(), {
        tuid: `${project.id}:pair-${i + 1}`,
        created: pair.createdAt,
        changed: pair.createdAt,
        who: pair.createdBy ?? translator,
        props: { 'x-status': pair.origin === 'confirmed' ? 'translated' : 'aligned', 'x-origin': pair.origin, 'x-project': project.name },
      }),
    );
  });

  const header: Record<string, unknown> = {
    '@_creationtool': TMX_TOOL,
    '@_creationtoolversion': options.toolVersion ?? DEFAULT_TOOL_VERSION,
    '@_segtype': 'sentence',
    '@_o-tmf': TMX_TOOL,
    '@_adminlang': 'en',
    '@_srclang': project.sourceLanguage,
    '@_datatype': 'plaintext',
    '@_o-encoding': 'UTF-8',
    '@_creationdate': tmxDate(now),
    ...(translator ? { '@_creationid': translator } : {}),
    prop: [
      { '@_type': 'x-project-id', '#text': project.id },
      { '@_type': 'x-project-name', '#text': project.name },
    ],
  };
  control.reportProgress?.(total, total, 'Writing TMX');
  return buildXml({ tmx: { '@_version': '1.4', header, body: { tu: units } } }, { doctype: TMX_DOCTYPE });
}

function unit(
  project: Project,
  zh: string,
  en: string,
  meta: { tuid: string; created: string; changed: string; who?: string; props: Record<string, string>; note?: string },
): Record<string, unknown> {
  return {
    '@_tuid': meta.tuid,
    '@_creationdate': tmxDate(meta.created),
    ...(meta.who ? { '@_creationid': meta.who, '@_changeid': meta.who } : {}),
    '@_changedate': tmxDate(meta.changed),
    ...(meta.note ? { note: meta.note } : {}),
    prop: Object.entries(meta.props).map(([type, value]) => ({ '@_type': type, '#text': value })),
    tuv: [
      { '@_xml:lang': project.sourceLanguage, seg: zh },
      { '@_xml:lang': project.targetLanguage, seg: en },
    ],
  };
}

function pairKey(zh: string, en: string): string {
  return `${zh.trim()}\u0000${en.trim()}`;
}
