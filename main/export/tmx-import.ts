import { UserFacingError } from '../common/errors';
import { parseTmxDate } from './exchange-dates';
import { inlineText } from './inline-text';
import { attributeOf, childrenOf, findAll, nodeName, orderedParser, type OrderedNode } from './xml';

/**
 * Reads a TMX file (1.4b, and the 1.1–1.4 files other tools write) into Chinese/English pairs for the
 * translation memory. Language codes match on the primary subtag (zh-CN ≈ zh-Hans ≈ ZH), as OmegaT does.
 */
export interface TmxPair {
  source: string;
  target: string;
  sourceLanguage: string;
  targetLanguage: string;
  createdAt?: string;
  createdBy?: string;
  changedAt?: string;
  changedBy?: string;
  /** `<prop type>` values of the unit: x-status, x-segment-id ... */
  props: Record<string, string>;
  note?: string;
}

export interface TmxReading {
  sourceLanguage: string;
  creationTool?: string;
  pairs: TmxPair[];
  /** Units without a variant in both languages, or with an empty one. */
  skipped: number;
}

export function readTmx(xml: string, languages: { source: string; target: string }): TmxReading {
  let tree: OrderedNode[];
  try {
    tree = orderedParser().parse(xml) as OrderedNode[];
  } catch (error) {
    throw new UserFacingError('TMX_UNREADABLE', `The TMX file is not well-formed XML: ${(error as Error).message}`);
  }
  const root = tree.find((n) => nodeName(n) === 'tmx');
  const header = root && childrenOf(root).find((n) => nodeName(n) === 'header');
  if (!root || !header) {
    throw new UserFacingError('TMX_UNREADABLE', 'This file is not a TMX translation memory (no <tmx> with a <header>).', 'Export a TMX file from your CAT tool and import that.');
  }
  const headerSource = attributeOf(header, 'srclang') ?? languages.source;
  const sourceLanguage = headerSource === '*all*' ? languages.source : headerSource;
  const pairs: TmxPair[] = [];
  let skipped = 0;
  for (const tu of findAll(childrenOf(root), 'tu')) {
    const tuSource = attributeOf(tu, 'srclang');
    const variants = childrenOf(tu)
      .filter((n) => nodeName(n) === 'tuv')
      .map((tuv) => ({
        lang: attributeOf(tuv, 'xml:lang') ?? attributeOf(tuv, 'lang') ?? '',
        text: segText(tuv),
      }));
    const wantedSource = tuSource && tuSource !== '*all*' ? tuSource : sourceLanguage;
    const source = variants.find((v) => sameLanguage(v.lang, wantedSource) && sameLanguage(v.lang, languages.source));
    const target = variants.find((v) => v !== source && sameLanguage(v.lang, languages.target));
    if (!source || !target || source.text === '' || target.text === '') {
      skipped += 1;
      continue;
    }
    const props: Record<string, string> = {};
    let note: string | undefined;
    for (const child of childrenOf(tu)) {
      if (nodeName(child) === 'prop') props[attributeOf(child, 'type') ?? ''] = inlineText(childrenOf(child));
      if (nodeName(child) === 'note') note = inlineText(childrenOf(child));
    }
    pairs.push({
      source: source.text,
      target: target.text,
      sourceLanguage: source.lang,
      targetLanguage: target.lang,
      createdAt: parseTmxDate(attributeOf(tu, 'creationdate')),
      createdBy: attributeOf(tu, 'creationid'),
      changedAt: parseTmxDate(attributeOf(tu, 'changedate')),
      changedBy: attributeOf(tu, 'changeid'),
      props,
      note,
    });
  }
  return { sourceLanguage, creationTool: attributeOf(header, 'creationtool'), pairs, skipped };
}

export function sameLanguage(a: string, b: string): boolean {
  const primary = (code: string) => code.toLowerCase().split(/[-_]/)[0];
  return a !== '' && b !== '' && primary(a) === primary(b);
}

function segText(tuv: OrderedNode): string {
  const seg = childrenOf(tuv).find((n) => nodeName(n) === 'seg');
  return seg ? inlineText(childrenOf(seg)).trim() : '';
}
