import type { Project, ProjectSegment } from '../project/schema';

/**
 * Read-only views of a project that every exporter shares: which segments are translated, which are
 * published, and the article's paragraphs rebuilt from segments.
 */

/** The visible marker for a segment without English; importers strip it, so it never becomes a translation. */
export const UNTRANSLATED_MARK = '[untranslated]';

/** Kinds that belong to the published article; chrome (site navigation, page numbers) and foreign text do not. */
const PUBLISHED_KINDS = new Set(['headline', 'body', 'caption', 'dateline', 'byline']);

export function isPublished(segment: ProjectSegment): boolean {
  return PUBLISHED_KINDS.has(segment.kind);
}

export function hasTranslation(segment: ProjectSegment): boolean {
  return segment.target.trim() !== '';
}

/** Confirmed means `translated` or `reviewed` with English present: what a translation memory may keep. */
export function isConfirmed(segment: ProjectSegment): boolean {
  return (segment.status === 'translated' || segment.status === 'reviewed') && hasTranslation(segment);
}

export interface ArticleParagraph {
  index: number;
  kind: string;
  segments: ProjectSegment[];
  /** The Chinese paragraph: the project's cleaned paragraph text, or the segments joined when it is missing. */
  chinese: string;
  /** The English paragraph: the segments' English joined with spaces; untranslated segments marked. */
  english: string;
  untranslated: number;
}

/**
 * The article as paragraphs, in document order, headline paragraphs first (how 中英对照 texts open).
 * `publishedOnly` drops chrome and foreign segments, which no reader should see.
 */
export function articleParagraphs(
  project: Project,
  { publishedOnly, markUntranslated = () => UNTRANSLATED_MARK }: { publishedOnly: boolean; markUntranslated?: (segment: ProjectSegment) => string },
): ArticleParagraph[] {
  const byParagraph = new Map<number, ProjectSegment[]>();
  for (const segment of project.segments) {
    if (publishedOnly && !isPublished(segment)) continue;
    const list = byParagraph.get(segment.paragraph) ?? [];
    list.push(segment);
    byParagraph.set(segment.paragraph, list);
  }
  const paragraphText = new Map(project.paragraphs.map((p) => [p.index, p]));
  const paragraphs = [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, segments]): ArticleParagraph => {
      const source = paragraphText.get(index);
      const wholeParagraph = source !== undefined && segments.length === project.segments.filter((s) => s.paragraph === index).length;
      const chinese = wholeParagraph ? source.text.trim() : segments.map((s) => s.text).join('');
      const untranslated = segments.filter((s) => !hasTranslation(s)).length;
      const english = segments
        .map((s) => (hasTranslation(s) ? s.target.trim() : markUntranslated(s)))
        .join(' ');
      return { index, kind: dominantKind(segments), segments, chinese, english, untranslated };
    });
  const headlines = paragraphs.filter((p) => p.kind === 'headline');
  return [...headlines, ...paragraphs.filter((p) => p.kind !== 'headline')];
}

function dominantKind(segments: ProjectSegment[]): string {
  if (segments.some((s) => s.kind === 'body')) return 'body';
  return segments[0]?.kind ?? 'body';
}

export interface ProjectCounts {
  segments: number;
  translated: number;
  untranslated: number;
  confirmed: number;
}

export function countSegments(project: Project): ProjectCounts {
  const translated = project.segments.filter(hasTranslation).length;
  return {
    segments: project.segments.length,
    translated,
    untranslated: project.segments.length - translated,
    confirmed: project.segments.filter(isConfirmed).length,
  };
}

/** For English-only exports, where no Chinese stands beside the gap: the marker says which sentence is missing. */
export function untranslatedWithSource(segment: ProjectSegment): string {
  return `${UNTRANSLATED_MARK.slice(0, -1)}: ${segment.text}]`;
}

/** "2026-11-22 07:41 UTC": unambiguous for a reviewer in any time zone. */
export function formatExportDate(when: Date): string {
  return `${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
