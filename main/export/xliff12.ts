import type { Project } from '../project/schema';
import { buildXml } from './xml';
import { xsdDateTime } from './exchange-dates';
import { DEFAULT_TOOL_VERSION, resolvedExportTime, throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { isLockedKind, originalFor } from './xliff-ids';
import { xliff12State } from './xliff-states';

/**
 * XLIFF 1.2 (what Trados and older tools want): one trans-unit per segment with `target/@state` always
 * present (an untranslated segment has an empty target in state `needs-translation`), `approved` for
 * confirmed segments, the kind as `restype`, the comment as a note.
 */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

export function buildXliff12(project: Project, options: ExportOptions = {}, control: ExportControl = {}): string {
  const total = project.segments.length;
  const units = project.segments.map((segment, i) => {
    if (i % 500 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, total, 'Writing XLIFF 1.2');
    }
    const { state, approved } = xliff12State(segment.status);
    return {
      '@_id': segment.id,
      '@_resname': segment.id,
      '@_restype': `x-${segment.kind}`,
      '@_xml:space': 'preserve',
      ...(approved ? { '@_approved': 'yes' } : {}),
      ...(isLockedKind(segment.kind) ? { '@_translate': 'no' } : {}),
      source: { '@_xml:lang': project.sourceLanguage, '#text': segment.text },
      target: { '@_xml:lang': project.targetLanguage, '@_state': state, '#text': segment.target.trim() },
      ...(segment.comment ? { note: { ...(segment.modifiedBy ? { '@_from': segment.modifiedBy } : {}), '#text': segment.comment } } : {}),
    };
  });
  const toolVersion = options.toolVersion ?? DEFAULT_TOOL_VERSION;
  return buildXml({
    xliff: {
      '@_version': '1.2',
      '@_xmlns': XLIFF12_NS,
      file: {
        '@_original': originalFor(project.id),
        '@_source-language': project.sourceLanguage,
        '@_target-language': project.targetLanguage,
        '@_datatype': 'plaintext',
        '@_date': xsdDateTime(resolvedExportTime(options)),
        '@_tool-id': 'duizhao',
        '@_product-name': project.name,
        header: { tool: { '@_tool-id': 'duizhao', '@_tool-name': 'Duizhao', '@_tool-version': toolVersion } },
        body: { 'trans-unit': units },
      },
    },
  });
}
