import type { Project } from '../project/schema';
import { UserFacingError } from '../common/errors';
import { inlineText } from './inline-text';
import { diffSegment, type ImportReport, type SegmentChange } from './segment-changes';
import { projectIdFromOriginal } from './xliff-ids';
import { statusFromXliff12, statusFromXliff2 } from './xliff-states';
import { attributeOf, childrenOf, findAll, nodeName, orderedParser, type OrderedNode } from './xml';
import type { SegmentStatus } from '../document/types';

/**
 * Reads an XLIFF 2.0 or 1.2 file (exported by Duizhao, then translated or reviewed in another tool) and
 * plans the project's new translations and statuses. Tools that split a unit into several segments are
 * handled by joining them back. Only English and status are taken; the Chinese is never changed.
 */
export interface XliffUnitReading {
  segmentId: string;
  source: string;
  target: string;
  hasTarget: boolean;
  status: SegmentStatus;
}

export interface XliffReading {
  version: '2.0' | '1.2';
  projectId: string;
  units: XliffUnitReading[];
  lockedUnits: number;
}

export function readXliff(xml: string): XliffReading {
  let tree: OrderedNode[];
  try {
    tree = orderedParser().parse(xml) as OrderedNode[];
  } catch (error) {
    throw new UserFacingError('XLIFF_UNREADABLE', `The XLIFF file is not well-formed XML: ${(error as Error).message}`);
  }
  const root = tree.find((n) => nodeName(n) === 'xliff');
  const version = root && attributeOf(root, 'version');
  if (!root || (version !== '2.0' && version !== '1.2' && version !== '2.1')) {
    throw new UserFacingError('XLIFF_UNREADABLE', 'This file is not XLIFF 2.0 or 1.2.', 'Export the file from your CAT tool as XLIFF (the format Duizhao exported it in).');
  }
  const files = childrenOf(root).filter((n) => nodeName(n) === 'file');
  const projectIds = new Set(files.map((f) => projectIdFromOriginal(attributeOf(f, 'original'))));
  if (projectIds.has(undefined) || projectIds.size !== 1) {
    throw new UserFacingError(
      'XLIFF_NOT_DUIZHAO',
      'This XLIFF file was not exported from a Duizhao project (its <file original="…"> does not name one).',
      'Import the XLIFF file Duizhao exported, after it was translated in the other tool.',
    );
  }
  const projectId = [...projectIds][0]!;
  const is2 = version !== '1.2';
  const unitNodes = findAll(files, is2 ? 'unit' : 'trans-unit');
  const locked = unitNodes.filter((u) => attributeOf(u, 'translate') === 'no');
  const units = unitNodes.filter((u) => attributeOf(u, 'translate') !== 'no').map(is2 ? readUnit2 : readUnit12);
  return { version: is2 ? '2.0' : '1.2', projectId, units, lockedUnits: locked.length };
}

function readUnit2(unit: OrderedNode): XliffUnitReading {
  const parts = childrenOf(unit).filter((n) => nodeName(n) === 'segment' || nodeName(n) === 'ignorable');
  const segments = parts.filter((n) => nodeName(n) === 'segment');
  const text = (part: OrderedNode, name: string) => {
    const element = childrenOf(part).find((n) => nodeName(n) === name);
    return element ? inlineText(childrenOf(element)) : undefined;
  };
  const targets = parts.map((p) => text(p, 'target'));
  const hasTarget = segments.some((s) => (text(s, 'target') ?? '').trim() !== '');
  const target = joinParts(targets.map((t) => t ?? ''));
  // A unit split into several segments is only as far along as its least advanced segment.
  const statuses = segments.map((s) => statusFromXliff2(attributeOf(s, 'state'), (text(s, 'target') ?? '').trim() !== ''));
  return {
    segmentId: attributeOf(unit, 'name') ?? attributeOf(unit, 'id') ?? '',
    source: parts.map((p) => text(p, 'source') ?? '').join(''),
    target,
    hasTarget,
    status: leastAdvanced(statuses, hasTarget),
  };
}

function readUnit12(unit: OrderedNode): XliffUnitReading {
  const child = (name: string) => childrenOf(unit).find((n) => nodeName(n) === name);
  const textOfChild = (name: string) => {
    const node = child(name);
    return node ? inlineText(childrenOf(node)) : '';
  };
  const targetNode = child('target');
  const target = textOfChild('target');
  const hasTarget = target.trim() !== '';
  return {
    segmentId: attributeOf(unit, 'resname') ?? attributeOf(unit, 'id') ?? '',
    source: textOfChild('source'),
    target: target.trim(),
    hasTarget,
    status: statusFromXliff12(targetNode && attributeOf(targetNode, 'state'), attributeOf(unit, 'approved') === 'yes', hasTarget),
  };
}

function joinParts(parts: string[]): string {
  return parts.map((p) => p.trim()).filter((p) => p !== '').join(' ');
}

const ORDER: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed'];
function leastAdvanced(statuses: SegmentStatus[], hasTarget: boolean): SegmentStatus {
  if (statuses.length === 0) return hasTarget ? 'draft' : 'new';
  return statuses.reduce((a, b) => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b));
}

export function planXliffImport(project: Project, reading: XliffReading): ImportReport {
  if (reading.projectId !== project.id) {
    throw new UserFacingError(
      'XLIFF_OTHER_PROJECT',
      `This XLIFF file belongs to another project (id ${reading.projectId}), not to “${project.name}” (id ${project.id}).`,
      'Open the project the file was exported from, and import it there.',
    );
  }
  const segments = new Map(project.segments.map((s, i) => [s.id, { segment: s, number: i + 1 }]));
  const unknown = reading.units.filter((u) => !segments.has(u.segmentId)).map((u) => u.segmentId || '(no id)');
  if (unknown.length > 0) {
    throw new UserFacingError(
      'XLIFF_DAMAGED_IDS',
      `The XLIFF file has units this project does not know (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}), so nothing was imported.`,
      'Was it exported from an older version of the project? Export it again and redo the translation there.',
    );
  }
  const warnings: string[] = [];
  const changes: SegmentChange[] = [];
  for (const unit of reading.units) {
    const { segment, number } = segments.get(unit.segmentId)!;
    if (unit.source.replace(/\s+/g, '') !== segment.text.replace(/\s+/g, '')) {
      warnings.push(`Unit ${unit.segmentId}: its source text differs from the project’s, so it was skipped.`);
      continue;
    }
    const change = diffSegment(segment, number, { target: unit.target, status: unit.status });
    if (change) changes.push(change);
  }
  return { format: reading.version === '1.2' ? 'xliff12' : 'xliff2', projectId: project.id, segmentsInFile: reading.units.length + reading.lockedUnits, changes, warnings };
}
