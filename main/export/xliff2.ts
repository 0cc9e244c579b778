import type { Project } from '../project/schema';
import { buildXml } from './xml';
import { throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { hasTranslation } from './project-view';
import { isLockedKind, nmtokenId, originalFor } from './xliff-ids';
import { xliff2State } from './xliff-states';

/**
 * XLIFF 2.0 (OASIS Core): one unit per segment, every segment with its state; the segment id in
 * `unit/@name`, the project in `file/@original`, kind and comment as notes. Untranslated segments have
 * no target and state `initial`.
 */
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';

export function buildXliff2(project: Project, _options: ExportOptions = {}, control: ExportControl = {}): string {
  const total = project.segments.length;
  const units = project.segments.map((segment, i) => {
    if (i % 500 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, total, 'Writing XLIFF 2.0');
    }
    const { state, subState } = xliff2State(segment.status);
    const notes: Array<Record<string, string>> = [{ '@_category': 'kind', '#text': segment.kind }];
    if (segment.comment) notes.push({ '@_category': 'comment', '#text': segment.comment });
    return {
      '@_id': nmtokenId(segment.id, i),
      '@_name': segment.id,
      ...(isLockedKind(segment.kind) ? { '@_translate': 'no' } : {}),
      notes: { note: notes },
      segment: {
        '@_id': `${nmtokenId(segment.id, i)}-1`,
        '@_state': state,
        ...(subState ? { '@_subState': subState } : {}),
        source: { '@_xml:space': 'preserve', '#text': segment.text },
        ...(hasTranslation(segment) ? { target: { '@_xml:space': 'preserve', '#text': segment.target } } : {}),
      },
    };
  });
  return buildXml({
    xliff: {
      '@_xmlns': XLIFF2_NS,
      '@_version': '2.0',
      '@_srcLang': project.sourceLanguage,
      '@_trgLang': project.targetLanguage,
      file: {
        '@_id': 'f1',
        '@_original': originalFor(project.id),
        notes: { note: [{ '@_category': 'project', '#text': project.name }] },
        unit: units,
      },
    },
  });
}
