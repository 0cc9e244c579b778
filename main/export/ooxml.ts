import { XMLBuilder } from 'fast-xml-parser';
import { ATTR, childrenOf, nodeName, orderedParser, type OrderedNode } from './xml';
import { xmlSafe } from './xml';

/**
 * WordprocessingML written directly as element trees (fast-xml-parser's ordered form), for the parts of a
 * .docx that are too large for the docx library to serialise quickly (a review table of thousands of
 * rows). The builder escapes every text and attribute. Child elements follow the schema order Word
 * insists on (e.g. in w:rPr: b, i, vanish, color, sz, highlight).
 */
export function w(name: string, attributes: Record<string, string | number> = {}, children: OrderedNode[] = []): OrderedNode {
  const node: OrderedNode = { [`w:${name}`]: children };
  const entries = Object.entries(attributes);
  if (entries.length > 0) node[':@'] = Object.fromEntries(entries.map(([k, v]) => [`${ATTR}${k.includes(':') ? k : `w:${k}`}`, String(v)]));
  return node;
}

export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  hidden?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
  highlight?: string;
}

/** A run; line breaks in the text become w:br, as Word writes them. */
export function run(text: string, look: RunLook = {}): OrderedNode {
  const props: OrderedNode[] = [];
  if (look.bold) props.push(w('b'));
  if (look.italics) props.push(w('i'));
  if (look.hidden) props.push(w('vanish'));
  if (look.color) props.push(w('color', { val: look.color }));
  if (look.size) props.push(w('sz', { val: look.size }), w('szCs', { val: look.size }));
  if (look.highlight) props.push(w('highlight', { val: look.highlight }));
  const content: OrderedNode[] = props.length > 0 ? [w('rPr', {}, props)] : [];
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) content.push(w('br'));
      content.push({ 'w:t': [{ '#text': line }], ':@': { [`${ATTR}xml:space`]: 'preserve' } });
    });
  return w('r', {}, content);
}

export function paragraph(children: OrderedNode[]): OrderedNode {
  return w('p', {}, children);
}

/** Replaces the body paragraph whose whole text is `marker` with `replacement` elements. */
export function replaceMarkerParagraph(documentXml: string, marker: string, replacement: OrderedNode[]): string {
  const tree = orderedParser().parse(documentXml) as OrderedNode[];
  const document = tree.find((n) => nodeName(n) === 'w:document');
  const body = document && childrenOf(document).find((n) => nodeName(n) === 'w:body');
  if (!body) throw new Error('document.xml has no w:body');
  const list = body['w:body'] as OrderedNode[];
  const index = list.findIndex((n) => nodeName(n) === 'w:p' && paragraphText(n) === marker);
  if (index < 0) throw new Error(`marker paragraph ${marker} not found`);
  list.splice(index, 1, ...replacement);
  return new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: ATTR, suppressEmptyNode: true, processEntities: true }).build(tree) as string;
}

function paragraphText(p: OrderedNode): string {
  return childrenOf(p)
    .filter((n) => nodeName(n) === 'w:r')
    .flatMap((r) => childrenOf(r).filter((n) => nodeName(n) === 'w:t'))
    .map((t) => childrenOf(t).map((x) => String(x['#text'] ?? '')).join(''))
    .join('');
}
