import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * XML reading and writing for every exchange format, through fast-xml-parser: the builder escapes text
 * and attributes, so no exporter concatenates markup by hand.
 */

/** Characters XML 1.0 forbids (control characters other than tab, newline, carriage return; lone surrogates; U+FFFE/F). */
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

export const ATTR = '@_';

/** Builds XML from the object form: `{ tag: { '@_attr': 'v', child: [...], '#text': 't' } }`. */
export function buildXml(tree: Record<string, unknown>, { declaration = true, doctype }: { declaration?: boolean; doctype?: string } = {}): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    textNodeName: '#text',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
    suppressBooleanAttributes: false,
  });
  const body = builder.build(sanitizeTree(tree)) as string;
  const head = (declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + (doctype ? `${doctype}\n` : '');
  return head + body.trimStart();
}

/** Every string in the tree made XML-safe: one place, so no exporter can forget it. */
function sanitizeTree(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(sanitizeTree);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitizeTree(v)]));
  }
  return value;
}

/**
 * A parser that keeps element order and mixed content (`preserveOrder`): what .docx and XLIFF inline
 * markup need. Text is never trimmed or converted to numbers.
 */
export function orderedParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
}

/** A node of the `preserveOrder` tree: one element name → children, plus `:@` attributes; or `#text`. */
export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

export function nodeName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

export function childrenOf(node: OrderedNode): OrderedNode[] {
  const name = nodeName(node);
  if (!name || name === '#text') return [];
  const value = node[name];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

export function attributeOf(node: OrderedNode, name: string): string | undefined {
  return node[':@']?.[ATTR + name];
}

export function textOf(node: OrderedNode): string {
  const value = node['#text'];
  return value === undefined ? '' : String(value);
}

/** Every descendant element (depth first, document order) named `name`. */
export function findAll(nodes: OrderedNode[], name: string): OrderedNode[] {
  const found: OrderedNode[] = [];
  const visit = (list: OrderedNode[]) => {
    for (const node of list) {
      if (nodeName(node) === name) found.push(node);
      visit(childrenOf(node));
    }
  };
  visit(nodes);
  return found;
}

/** Local name without a namespace prefix: `w:p` → `p`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
