import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TermEntry, TermEntryInput, TermVariant } from '../engine/entry';
import { sortEntriesById } from '../engine/serialize';
import { decodeExtras, encodeExtras, isExtras } from './extras';
import { IdRegistry, finishEntry } from './finish-entry';
import type { ImportOptions, ImportProblem, ImportResult } from './types';

/**
 * TBX in its two living dialects, one writer and one reader:
 * - `tbx`: TBX-Basic, ISO 30042:2019, DCA style (<tbx type="TBX-Basic" style="dca">, conceptEntry/langSec/termSec);
 * - `tbx2`: TBX 2 / martif (ISO 30042:2008), the file OmegaT reads (<martif>, termEntry/langSet/tig).
 * Mapping: canonical Chinese = zh preferred term; other zh terms = variants (termType abbreviation,
 * fullForm, variant); Traditional forms in a zh-Hant language section; English preferred term = en,
 * admitted terms = alternates, deprecated terms (with a note giving the reason) = forbidden renderings;
 * tags = subjectField; creation and last change = transacGrp. What TBX has no place for (entry status,
 * usage history, structured sources, variant subtypes, exact timestamps) rides in a `duizhao:` note.
 */
export type TbxDialect = 'tbx' | 'tbx2';

const NAMES = {
  tbx: { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
  tbx2: { root: 'martif', header: 'martifHeader', entry: 'termEntry', lang: 'langSet', term: 'tig' },
} as const;

const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';
const TRADITIONAL_LANG = 'zh-Hant';

const TERM_TYPE_OF_VARIANT: Record<TermVariant['type'], string> = {
  traditional: 'variant',
  abbreviation: 'abbreviation',
  'full-form': 'fullForm',
  punctuation: 'variant',
  other: 'variant',
};

export function exportTbx(entries: readonly TermEntry[], dialect: TbxDialect): string {
  const n = NAMES[dialect];
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  const header =
    dialect === 'tbx'
      ? { fileDesc: { sourceDesc: { p: 'Glossary exported by Duizhao' } } }
      : { fileDesc: { sourceDesc: { p: 'Glossary exported by Duizhao' } }, encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXXCSV02.xcs' } } };
  const rootAttributes =
    dialect === 'tbx'
      ? { '@_type': 'TBX-Basic', '@_style': 'dca', '@_xml:lang': 'en', '@_xmlns': 'urn:iso:std:iso:30042:ed-2' }
      : { '@_type': 'TBX', '@_xml:lang': 'en' };
  const document = {
    [n.root]: {
      ...rootAttributes,
      [n.header]: header,
      text: { body: { [n.entry]: sortEntriesById(entries).map((e) => entryElement(e, dialect)) } },
    },
  };
  const prolog =
    dialect === 'tbx'
      ? '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
      : '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n';
  return prolog + builder.build(document);
}

function entryElement(entry: TermEntry, dialect: TbxDialect): Record<string, unknown> {
  const n = NAMES[dialect];
  const term = (text: string, status: string, extra: { termType?: string; note?: string } = {}) => ({
    term: text,
    termNote: [
      ...(extra.termType ? [{ '@_type': 'termType', '#text': extra.termType }] : []),
      { '@_type': 'administrativeStatus', '#text': status },
    ],
    ...(extra.note ? { note: [extra.note] } : {}),
  });
  const traditional = entry.variants.filter((v) => v.type === 'traditional');
  const otherVariants = entry.variants.filter((v) => v.type !== 'traditional');
  const langs: Array<Record<string, unknown>> = [
    { '@_xml:lang': 'zh', [n.term]: [term(entry.zh, PREFERRED), ...otherVariants.map((v) => term(v.text, ADMITTED, { termType: TERM_TYPE_OF_VARIANT[v.type] }))] },
  ];
  if (traditional.length) langs.push({ '@_xml:lang': TRADITIONAL_LANG, [n.term]: traditional.map((v) => term(v.text, ADMITTED)) });
  langs.push({
    '@_xml:lang': 'en',
    [n.term]: [term(entry.en, PREFERRED), ...entry.alternates.map((a) => term(a, ADMITTED)), ...entry.forbidden.map((f) => term(f.text, DEPRECATED, { note: f.reason }))],
  });
  const transactions = [
    ...(entry.createdBy || entry.createdAt ? [transaction('origination', entry.createdBy, entry.createdAt)] : []),
    ...(entry.modifiedBy || entry.modifiedAt ? [transaction('modification', entry.modifiedBy, entry.modifiedAt)] : []),
  ];
  return {
    '@_id': /^[A-Za-z_]/.test(entry.id) ? entry.id : `c-${entry.id}`,
    descrip: entry.tags.map((t) => ({ '@_type': 'subjectField', '#text': t })),
    note: [...(entry.note ? [entry.note] : []), encodeExtras(entry)],
    transacGrp: transactions,
    [n.lang]: langs,
  };
}

function transaction(type: string, who: string | undefined, when: string | undefined) {
  return {
    transac: { '@_type': 'transactionType', '#text': type },
    ...(who ? { transacNote: { '@_type': 'responsibility', '#text': who } } : {}),
    ...(when ? { date: when.slice(0, 10) } : {}),
  };
}

const REPEATED = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'termGrp', 'termNote', 'note', 'descrip', 'transacGrp', 'admin']);

type XmlNode = Record<string, unknown>;

export function importTbx(text: string, options: ImportOptions = {}): ImportResult {
  const source = text.replace(/^\uFEFF/, '');
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return { format: 'tbx', entries: [], problems: [{ where: `line ${line}, column ${col}`, message: `not well-formed XML: ${msg}` }] };
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, isArray: (name) => REPEATED.has(name), captureMetaData: true });
  const root = parser.parse(source) as XmlNode;
  const dialect: TbxDialect | undefined = root.tbx ? 'tbx' : root.martif ? 'tbx2' : undefined;
  if (!dialect) {
    const found = Object.keys(root).filter((k) => !k.startsWith('?'))[0] ?? 'nothing';
    return { format: 'tbx', entries: [], problems: [{ where: `<${found}>`, message: 'not a TBX file: expected a <tbx> (TBX-Basic 2019) or <martif> (TBX 2) root element' }] };
  }
  const n = NAMES[dialect];
  const body = ((root[n.root] as XmlNode)?.text as XmlNode | undefined)?.body as XmlNode | undefined;
  const result: ImportResult = { format: dialect, entries: [], problems: [] };
  if (!body) {
    result.problems.push({ where: `<${n.root}>`, message: 'no <text><body> element' });
    return result;
  }
  const metaKey = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const lineAt = (node: XmlNode) => {
    const meta = (node as Record<symbol, { startIndex?: number }>)[metaKey];
    return meta?.startIndex === undefined ? undefined : source.slice(0, meta.startIndex).split('\n').length;
  };
  const ids = new IdRegistry(options.takenIds);
  const entryNodes = [...asNodes(body.conceptEntry), ...asNodes(body.termEntry)];
  entryNodes.forEach((node, index) => {
    const line = lineAt(node);
    const idAttr = typeof node['@_id'] === 'string' ? node['@_id'] : undefined;
    const where = `<${n.entry}> ${index + 1}${idAttr ? ` (id ${idAttr})` : ''}${line ? `, line ${line}` : ''}`;
    const { draft, problem } = readEntry(node);
    if (problem) {
      result.problems.push({ where, message: problem });
      return;
    }
    if (!draft.id && idAttr) draft.id = /^c-\d/.test(idAttr) ? idAttr.slice(2) : idAttr;
    const { entry, problem: invalid } = finishEntry(draft, where, ids, options);
    if (entry) result.entries.push(entry);
    if (invalid) result.problems.push(invalid);
  });
  if (entryNodes.length === 0) result.problems.push({ where: '<body>', message: `no <${n.entry}> elements` });
  return result;
}

interface ReadTerm {
  text: string;
  status?: string;
  termType?: string;
  notes: string[];
}

function readEntry(node: XmlNode): { draft: Partial<TermEntryInput>; problem?: string } {
  let extras: Partial<TermEntry> = {};
  const notes: string[] = [];
  for (const note of asNodes(node.note).map(textOf)) {
    if (isExtras(note)) {
      const decoded = decodeExtras(note);
      if (decoded.error) return { draft: {}, problem: decoded.error };
      extras = decoded.entry ?? {};
    } else if (note) {
      notes.push(note);
    }
  }
  const zhTerms: ReadTerm[] = [];
  const traditionalTerms: ReadTerm[] = [];
  const enTerms: ReadTerm[] = [];
  for (const lang of [...asNodes(node.langSec), ...asNodes(node.langSet)]) {
    const code = String(lang['@_xml:lang'] ?? '').toLowerCase();
    const terms = [...asNodes(lang.termSec), ...asNodes(lang.tig), ...asNodes(lang.ntig).flatMap((t) => asNodes(t.termGrp))].map(readTerm);
    if (/^zh-(hant|tw|hk|mo)/.test(code)) traditionalTerms.push(...terms);
    else if (code.startsWith('zh')) zhTerms.push(...terms);
    else if (code.startsWith('en')) enTerms.push(...terms);
  }
  const preferredZh = zhTerms.find((t) => t.status === PREFERRED) ?? zhTerms[0];
  const preferredEn = enTerms.find((t) => t.status === PREFERRED) ?? enTerms.find((t) => !isForbiddenStatus(t.status));
  if (!preferredZh) return { draft: {}, problem: 'no Chinese term (a langSec/langSet with xml:lang="zh…" and a term)' };
  if (!preferredEn) return { draft: {}, problem: `no English term for ${preferredZh.text}` };
  const knownVariantType = (text: string, fallback: TermVariant['type']): TermVariant['type'] => extras.variants?.find((v) => v.text === text)?.type ?? fallback;
  const variants: TermVariant[] = [
    ...zhTerms.filter((t) => t !== preferredZh).map((t) => ({ text: t.text, type: knownVariantType(t.text, t.termType === 'abbreviation' || t.termType === 'acronym' || t.termType === 'shortForm' ? 'abbreviation' : t.termType === 'fullForm' ? 'full-form' : 'other') })),
    ...traditionalTerms.map((t) => ({ text: t.text, type: 'traditional' as const })),
  ];
  // Keep the order the entry had when the extras know it.
  if (extras.variants) variants.sort((a, b) => orderIn(extras.variants!, a.text) - orderIn(extras.variants!, b.text));
  const forbidden = enTerms.filter((t) => t !== preferredEn && isForbiddenStatus(t.status)).map((t) => ({ text: t.text, ...(t.notes[0] ? { reason: t.notes[0] } : {}) }));
  const alternates = enTerms.filter((t) => t !== preferredEn && !isForbiddenStatus(t.status)).map((t) => t.text);
  const tags = asNodes(node.descrip).filter((d) => d['@_type'] === 'subjectField').map(textOf).filter(Boolean);
  const draft: Partial<TermEntryInput> = {
    ...extras,
    zh: preferredZh.text,
    en: preferredEn.text,
    variants,
    alternates,
    forbidden,
    note: notes.length ? notes.join('\n') : undefined,
    tags: tags.length ? tags : (extras.tags ?? []),
  };
  for (const group of asNodes(node.transacGrp)) {
    const type = textOf(firstNode(group.transac));
    const who = textOf(firstNode(group.transacNote)) || undefined;
    const date = textOf(firstNode(group.date)) || undefined;
    if (type === 'origination') {
      draft.createdBy = who ?? draft.createdBy;
      draft.createdAt = sameDay(extras.createdAt, date) ?? date ?? draft.createdAt;
    } else if (type === 'modification') {
      draft.modifiedBy = who ?? draft.modifiedBy;
      draft.modifiedAt = sameDay(extras.modifiedAt, date) ?? date ?? draft.modifiedAt;
    }
  }
  return { draft };
}

function readTerm(node: XmlNode): ReadTerm {
  const notes = asNodes(node.termNote);
  const noteOf = (type: string) => notes.find((t) => t['@_type'] === type);
  return {
    text: textOf(firstNode(node.term)),
    status: noteOf('administrativeStatus') ? textOf(noteOf('administrativeStatus')!) : undefined,
    termType: noteOf('termType') ? textOf(noteOf('termType')!) : undefined,
    notes: asNodes(node.note).map(textOf).filter(Boolean),
  };
}

function isForbiddenStatus(status: string | undefined): boolean {
  return status === DEPRECATED || status === 'supersededTerm-admn-sts' || status === 'notRecommendedTerm-admn-sts' || status === 'obsoleteTerm-admn-sts';
}

/** The precise timestamp kept in the extras, when the TBX date (a day) still agrees with it. */
function sameDay(precise: string | undefined, day: string | undefined): string | undefined {
  return precise && day && precise.startsWith(day) ? precise : undefined;
}

function orderIn(list: readonly { text: string }[], text: string): number {
  const i = list.findIndex((v) => v.text === text);
  return i < 0 ? list.length : i;
}

function asNodes(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': String(v) }));
}

function firstNode(value: unknown): XmlNode {
  return asNodes(value)[0] ?? {};
}

function textOf(node: XmlNode): string {
  const text = node['#text'];
  return text === undefined ? '' : String(text).trim();
}
