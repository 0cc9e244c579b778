import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { UserFacingError } from '../common/errors';
import { ATTR, attributeOf, childrenOf, findAll, nodeName, orderedParser, textOf, type OrderedNode } from './xml';

/**
 * Reads the tables of a .docx the way Word shows them: text as it reads after tracked changes are
 * accepted (insertions kept, deletions and moved-away text dropped), hidden runs kept apart, bookmarks
 * listed. Knows nothing about review tables; review-table-import.ts interprets the cells.
 */
export interface DocxCell {
  /** Visible text, one line per paragraph. */
  text: string;
  /** Text of hidden (`w:vanish`) runs. */
  hidden: string;
  bookmarks: string[];
}

export interface DocxTable {
  rows: Array<{ cells: DocxCell[]; isHeader: boolean }>;
}

export interface DocxContents {
  tables: DocxTable[];
  customProperties: Record<string, string>;
}

export async function readDocx(bytes: Uint8Array, fileLabel = 'The file'): Promise<DocxContents> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserFacingError('DOCX_UNREADABLE', `${fileLabel} is not a Word document (.docx) or is damaged.`, 'Open it in Word, save it as .docx and try again.');
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) {
    throw new UserFacingError('DOCX_UNREADABLE', `${fileLabel} has no document body (word/document.xml).`, 'Save it again from Word as a .docx file.');
  }
  let tree: OrderedNode[];
  try {
    tree = orderedParser().parse(documentXml) as OrderedNode[];
  } catch (error) {
    throw new UserFacingError('DOCX_UNREADABLE', `${fileLabel} has a damaged document body: ${(error as Error).message}`);
  }
  const customXml = await zip.file('docProps/custom.xml')?.async('string');
  return { tables: findAll(tree, 'w:tbl').map(readTable), customProperties: customXml ? readCustomProperties(customXml) : {} };
}

function readTable(table: OrderedNode): DocxTable {
  const rows = childrenOf(table)
    .filter((n) => nodeName(n) === 'w:tr')
    .map((row) => {
      const rowProps = childrenOf(row).find((n) => nodeName(n) === 'w:trPr');
      const isHeader = rowProps ? childrenOf(rowProps).some((n) => nodeName(n) === 'w:tblHeader' && isOn(n)) : false;
      // Cells may sit inside content controls (w:sdt) or custom XML wrappers, so search below the row.
      const cells = findCells(childrenOf(row)).map(readCell);
      return { cells, isHeader };
    });
  return { rows };
}

function findCells(nodes: OrderedNode[]): OrderedNode[] {
  return nodes.flatMap((n) => {
    const name = nodeName(n);
    if (name === 'w:tc') return [n];
    if (name === 'w:tbl' || name === 'w:trPr') return [];
    return findCells(childrenOf(n));
  });
}

function readCell(cell: OrderedNode): DocxCell {
  const lines: string[] = [];
  const hidden: string[] = [];
  const bookmarks: string[] = [];
  const visit = (nodes: OrderedNode[], state: { line: string[] }) => {
    for (const node of nodes) {
      const name = nodeName(node);
      switch (name) {
        case 'w:p': {
          const line: string[] = [];
          visit(childrenOf(node), { line });
          lines.push(line.join(''));
          break;
        }
        case 'w:r':
          readRun(node, isHiddenRun(node) ? hidden : state.line);
          break;
        case 'w:bookmarkStart': {
          const bookmark = attributeOf(node, 'w:name');
          if (bookmark) bookmarks.push(bookmark);
          break;
        }
        case 'w:del':
        case 'w:moveFrom':
        case 'w:tbl': // a nested table is not this cell's text
          break;
        default:
          visit(childrenOf(node), state);
      }
    }
  };
  visit(childrenOf(cell), { line: [] });
  return { text: lines.join('\n'), hidden: hidden.join(''), bookmarks };
}

function readRun(run: OrderedNode, out: string[]): void {
  for (const child of childrenOf(run)) {
    switch (nodeName(child)) {
      case 'w:t':
        out.push(childrenOf(child).map(textOf).join(''));
        break;
      case 'w:tab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      default:
        break; // w:delText, w:instrText, w:rPr, drawings: not text a reader sees
    }
  }
}

function isHiddenRun(run: OrderedNode): boolean {
  const props = childrenOf(run).find((n) => nodeName(n) === 'w:rPr');
  return props ? childrenOf(props).some((n) => nodeName(n) === 'w:vanish' && isOn(n)) : false;
}

/** An OOXML on/off property: present means on unless w:val says 0/false/off. */
function isOn(node: OrderedNode): boolean {
  const value = attributeOf(node, 'w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value.toLowerCase());
}

function readCustomProperties(xml: string): Record<string, string> {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: ATTR, parseTagValue: false, removeNSPrefix: true, isArray: (name) => name === 'property' }).parse(xml) as {
    Properties?: { property?: Array<Record<string, unknown>> };
  };
  const properties: Record<string, string> = {};
  for (const property of parsed.Properties?.property ?? []) {
    const name = property[`${ATTR}name`];
    const value = Object.entries(property).find(([k]) => !k.startsWith(ATTR))?.[1];
    if (typeof name === 'string' && value !== undefined) properties[name] = String(value);
  }
  return properties;
}
