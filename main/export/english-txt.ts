import type { Project } from '../project/schema';
import { throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { articleParagraphs, untranslatedWithSource } from './project-view';

/**
 * The English article as plain UTF-8 text: one paragraph per line with a blank line between, headline
 * first; chrome and foreign text left out; an untranslated sentence appears as `[untranslated: 原文]`.
 */
export function buildEnglishText(project: Project, _options: ExportOptions = {}, control: ExportControl = {}): string {
  throwIfCancelled(control.signal);
  const paragraphs = articleParagraphs(project, { publishedOnly: true, markUntranslated: untranslatedWithSource });
  return paragraphs.map((p) => p.english).join('\n\n') + '\n';
}
