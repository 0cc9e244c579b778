import JSZip from 'jszip';
import { XMLBuilder } from 'fast-xml-parser';
import { attributeOf, childrenOf, findAll, nodeName, orderedParser, type OrderedNode } from '../../../../main/export/xml';

/**
 * Edits a .docx the way Word saves an editor's work: it parses word/document.xml into an element tree
 * (fast-xml-parser) and replaces runs with runs split at arbitrary points, rsid attributes, proofing
 * marks and tracked changes, then writes the tree back with the XML builder. No string replacement.
 */
export class WordDocument {
  private constructor(private readonly zip: JSZip, readonly tree: OrderedNode[]) {}

  static async open(bytes: Uint8Array): Promise<WordDocument> {
    const zip = await JSZip.loadAsync(bytes);
    const tree = orderedParser().parse(await zip.file('word/document.xml')!.async('string')) as OrderedNode[];
    return new WordDocument(zip, tree);
  }

  /** The table row whose hidden bookmark names the segment. */
  row(segmentId: string): OrderedNode {
    const row = findAll(this.tree, 'w:tr').find((tr) => findAll(childrenOf(tr), 'w:bookmarkStart').some((b) => attributeOf(b, 'w:name') === `_dz_${segmentId}`));
    if (!row) throw new Error(`no row for ${segmentId}`);
    return row;
  }

  cell(segmentId: string, column: number): OrderedNode {
    return childrenOf(this.row(segmentId)).filter((n) => nodeName(n) === 'w:tc')[column];
  }

  /** Replaces a cell's paragraph content with the text typed over, split across runs as Word does. */
  typeInto(segmentId: string, column: number, text: string): void {
    const paragraph = this.firstParagraph(segmentId, column);
    const keep = childrenOf(paragraph).filter((n) => nodeName(n) === 'w:pPr');
    const cut = Math.max(1, Math.floor(text.length / 3));
    children(paragraph).splice(0, Infinity, ...keep, run(text.slice(0, cut), '00A1B2C3'), { 'w:proofErr': [], ':@': { '@_w:type': 'spellStart' } }, run(text.slice(cut), '00D4E5F6'), { 'w:proofErr': [], ':@': { '@_w:type': 'spellEnd' } });
  }

  /** Tracked change: the old runs of the cell deleted, the new text inserted, as with Track Changes on. */
  replaceTracked(segmentId: string, column: number, text: string): void {
    const paragraph = this.firstParagraph(segmentId, column);
    const list = children(paragraph);
    const oldRuns = list.filter((n) => nodeName(n) === 'w:r');
    const deleted = oldRuns.map((r) => ({
      'w:r': childrenOf(r).map((c) => (nodeName(c) === 'w:t' ? { 'w:delText': childrenOf(c), ':@': c[':@'] } : c)),
    }));
    const rest = list.filter((n) => nodeName(n) !== 'w:r');
    const author = { '@_w:id': '901', '@_w:author': 'Editor', '@_w:date': '2026-11-22T10:00:00Z' };
    list.splice(0, Infinity, ...rest, { 'w:del': deleted, ':@': author }, { 'w:ins': [run(text, '00ABCDEF')], ':@': { ...author, '@_w:id': '902' } });
  }

  /** Overwrites the hidden id run of a row (what a careless edit with hidden text shown could do). */
  setHiddenMarker(segmentId: string, text: string): void {
    const hiddenRun = findAll(childrenOf(this.cell(segmentId, 0)), 'w:r').find((r) => findAll(childrenOf(r), 'w:vanish').length > 0)!;
    const t = childrenOf(hiddenRun).find((n) => nodeName(n) === 'w:t')!;
    t['w:t'] = [{ '#text': text }];
  }

  renameBookmark(from: string, to: string): void {
    const bookmark = findAll(this.tree, 'w:bookmarkStart').find((b) => attributeOf(b, 'w:name') === from)!;
    bookmark[':@']!['@_w:name'] = to;
  }

  async setCustomProperty(name: string, value: string): Promise<void> {
    const file = this.zip.file('docProps/custom.xml')!;
    const tree = orderedParser().parse(await file.async('string')) as OrderedNode[];
    const property = findAll(tree, 'property').find((p) => attributeOf(p, 'name') === name)!;
    const valueNode = childrenOf(property)[0];
    valueNode[nodeName(valueNode)!] = [{ '#text': value }];
    this.zip.file('docProps/custom.xml', serialize(tree));
  }

  async save(): Promise<Uint8Array> {
    this.zip.file('word/document.xml', serialize(this.tree));
    return new Uint8Array(await this.zip.generateAsync({ type: 'uint8array' }));
  }

  private firstParagraph(segmentId: string, column: number): OrderedNode {
    return childrenOf(this.cell(segmentId, column)).find((n) => nodeName(n) === 'w:p')!;
  }
}

function children(node: OrderedNode): OrderedNode[] {
  return node[nodeName(node)!] as OrderedNode[];
}

function run(text: string, rsid: string): OrderedNode {
  return { 'w:r': [{ 'w:t': [{ '#text': text }], ':@': { '@_xml:space': 'preserve' } }], ':@': { '@_w:rsidR': rsid } };
}

function serialize(tree: OrderedNode[]): string {
  return new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true, processEntities: true }).build(tree) as string;
}
