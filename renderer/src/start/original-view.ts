import type { Project } from '../../../main/project/schema';
import type { I18n } from '../i18n';
import { el, append } from '../dom';

/** Marks spans (0-based offsets) of a text with <mark>, for terms highlighted on the original. */
export function markedText(text: string, spans: ReadonlyArray<{ start: number; end: number; title?: string }>): Array<Node | string> {
  const parts: Array<Node | string> = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    parts.push(text.slice(at, span.start));
    parts.push(el('mark', { class: 'dz-term-mark', title: span.title }, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** A segment's cleaned text beside the text as it was in the file (Traditional, pinyin, broken lines). */
export function renderOriginal(
  container: HTMLElement,
  project: Project,
  segmentId: string,
  i18n: I18n,
  termSpans: ReadonlyArray<{ start: number; end: number; title?: string }> = [],
): string {
  const index = project.segments.findIndex((s) => s.id === segmentId);
  const segment = project.segments[index];
  if (!segment) return '';
  append(container, [
    el('h3', { class: 'dz-original-label' }, i18n.t('original.original')),
    el('p', { class: 'dz-original-text', lang: project.source.script === 'traditional' ? 'zh-Hant' : 'zh-Hans' }, markedText(segment.original, termSpans)),
    el('h3', { class: 'dz-original-label' }, i18n.t('original.cleaned')),
    el('p', { class: 'dz-original-cleaned', lang: 'zh-Hans' }, segment.text),
    segment.original === segment.text ? el('p', { class: 'dz-muted' }, i18n.t('original.identical')) : null,
  ]);
  return i18n.t('original.title', { n: index + 1 });
}
