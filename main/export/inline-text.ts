import { attributeOf, childrenOf, localName, nodeName, textOf, type OrderedNode } from './xml';

/**
 * The plain text of a TMX `<seg>` or XLIFF `<source>/<target>`: text and the text inside markers
 * (`<g>`, `<pc>`, `<mrk>`, `<hi>`), without native codes (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`, `<x/>`).
 * XLIFF 2.0 `<cp hex="…"/>` stands for a character XML cannot hold.
 */
const NATIVE_CODES = new Set(['ph', 'bpt', 'ept', 'it', 'ut', 'x', 'bx', 'ex', 'sc', 'ec', 'sub']);

export function inlineText(nodes: OrderedNode[]): string {
  let text = '';
  for (const node of nodes) {
    const name = nodeName(node);
    if (name === undefined) continue;
    if (name === '#text') {
      text += textOf(node);
      continue;
    }
    const local = localName(name);
    if (local === 'cp') {
      const code = Number.parseInt(attributeOf(node, 'hex') ?? '', 16);
      if (Number.isFinite(code)) text += String.fromCodePoint(code);
      continue;
    }
    if (NATIVE_CODES.has(local)) continue;
    text += inlineText(childrenOf(node));
  }
  return text;
}
