import { attributeOf, childrenOf, nodeName, orderedParser, type OrderedNode } from '../../../../main/export/xml';

/**
 * A small grammar checker: each element's allowed children as a regular expression over the sequence of
 * child names (the way a DTD content model reads), its required and allowed attributes, enumerated
 * values, and whether it may hold text. Used to hold exports to the TMX 1.4b DTD and the XLIFF schemas.
 */
export interface ElementRule {
  /** Matched against child element names joined with spaces, e.g. "note prop tuv tuv". */
  children: RegExp;
  required?: string[];
  /** Allowed attributes besides the required ones; `*` allows any (foreign namespaces). */
  optional?: string[];
  values?: Record<string, RegExp>;
  text?: boolean;
}

export function checkXml(xml: string, root: string, rules: Record<string, ElementRule>): string[] {
  const problems: string[] = [];
  const tree = orderedParser().parse(xml) as OrderedNode[];
  const top = tree.filter((n) => nodeName(n) !== '?xml' && nodeName(n) !== '#text');
  if (top.length !== 1 || nodeName(top[0]) !== root) problems.push(`root element is not <${root}>`);
  const visit = (node: OrderedNode, path: string) => {
    const name = nodeName(node)!;
    const rule = rules[name];
    const here = `${path}/${name}`;
    if (!rule) {
      problems.push(`${here}: element not allowed`);
      return;
    }
    const attributes = Object.keys(node[':@'] ?? {}).map((k) => k.slice(2));
    for (const required of rule.required ?? []) if (attributeOf(node, required) === undefined) problems.push(`${here}: missing required attribute ${required}`);
    const allowed = new Set([...(rule.required ?? []), ...(rule.optional ?? [])]);
    for (const attribute of attributes) {
      if (!allowed.has(attribute) && !allowed.has('*') && !attribute.startsWith('xmlns')) problems.push(`${here}: attribute ${attribute} not allowed`);
      const pattern = rule.values?.[attribute];
      if (pattern && !pattern.test(attributeOf(node, attribute)!)) problems.push(`${here}: ${attribute}="${attributeOf(node, attribute)}" not allowed`);
    }
    const children = childrenOf(node);
    const elements = children.filter((c) => nodeName(c) !== '#text');
    const sequence = elements.map((c) => nodeName(c)).join(' ');
    if (!rule.children.test(sequence)) problems.push(`${here}: children "${sequence}" do not match ${rule.children}`);
    if (!rule.text && children.some((c) => nodeName(c) === '#text' && String(c['#text']).trim() !== '')) problems.push(`${here}: text not allowed`);
    elements.forEach((c, i) => visit(c, `${here}[${i}]`));
  };
  for (const node of top) visit(node, '');
  return problems;
}
