import type { PreparedDocument, SegmentStatus } from '../document/types';
import { UserFacingError } from '../common/errors';
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, type Project, type ProjectSegment } from './schema';
import { TRANSLATABLE_KINDS } from './progress';

/**
 * Project operations as pure functions over plain data: no clock, no ids, no I/O of their own.
 * The session service (sessions.ts) supplies time and ids and keeps the results.
 */

export interface NewProjectInput {
  id: string;
  now: Date;
  /** Defaults to the source file name without its extension. */
  name?: string;
  translator?: string;
}

export function createProject(document: PreparedDocument, input: NewProjectInput): Project {
  const timestamp = input.now.toISOString();
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: input.id,
    name: input.name?.trim() || defaultProjectName(document.sourceName),
    createdAt: timestamp,
    modifiedAt: timestamp,
    sourceLanguage: 'zh-CN',
    targetLanguage: 'en',
    ...(input.translator ? { translator: input.translator } : {}),
    source: {
      fileName: document.sourceName,
      format: document.format,
      encoding: document.encoding?.name,
      script: document.script,
      warnings: [...document.warnings],
    },
    cleanup: document.changes.map((change) => ({ step: change.step, count: change.count, examples: [...change.examples] })),
    paragraphs: document.paragraphs.map((p) => ({ index: p.index, kind: p.kind, text: p.text, original: p.original })),
    segments: document.segments.map((s) => ({
      id: s.id,
      paragraph: s.paragraph,
      kind: s.kind,
      text: s.text,
      original: s.original,
      start: s.start,
      end: s.end,
      originalStart: s.originalStart,
      originalEnd: s.originalEnd,
      ...(s.originalPieces ? { originalPieces: [...s.originalPieces] } : {}),
      target: '',
      status: 'new',
    })),
    alignedPairs: [],
  };
}

export function defaultProjectName(sourceName: string): string {
  const base = sourceName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim();
  return base || 'Untitled';
}

export interface SegmentPatch {
  target?: string;
  status?: SegmentStatus;
  comment?: string;
  /** How a changed target came about; typed unless said otherwise. */
  origin?: 'typed' | 'memory';
}

export interface EditStamp {
  now: Date;
  by?: string;
}

/**
 * One row stays one row: line breaks pasted into a translation become spaces, because the panes map
 * segment n to line n.
 */
export function normalizeTarget(target: string): string {
  return target.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/**
 * Applies an edit to one segment. A changed translation without an explicit status makes the segment a
 * draft (or new again when emptied), as CAT tools do when a confirmed segment is edited.
 * Confirming an empty translation of a body or headline segment is refused.
 */
export function updateSegment(project: Project, segmentId: string, patch: SegmentPatch, stamp: EditStamp): { project: Project; segment: ProjectSegment } {
  const index = project.segments.findIndex((s) => s.id === segmentId);
  if (index < 0) {
    throw new UserFacingError('PROJECT_SEGMENT_NOT_FOUND', `This project has no segment "${segmentId}".`, 'Reload the project; the editor may be showing an older copy.');
  }
  const current = project.segments[index];
  const target = patch.target === undefined ? current.target : normalizeTarget(patch.target);
  let status: SegmentStatus = (patch.status as SegmentStatus | undefined) ?? (current.status as SegmentStatus);
  if (patch.status === undefined && target !== current.target) status = target.trim() === '' ? 'new' : 'draft';
  const confirming = status === 'translated' || status === 'reviewed';
  if (confirming && target.trim() === '' && (TRANSLATABLE_KINDS as readonly string[]).includes(current.kind)) {
    throw new UserFacingError('SEGMENT_EMPTY_TRANSLATION', `Segment ${segmentId} has no translation to confirm.`, 'Type the English first, then confirm.');
  }
  const changed = target !== current.target || status !== current.status || (patch.comment !== undefined && patch.comment !== current.comment);
  if (!changed) return { project, segment: current };
  const timestamp = stamp.now.toISOString();
  const segment: ProjectSegment = withoutUndefined({
    ...current,
    target,
    status,
    origin: target !== current.target ? (patch.origin ?? 'typed') : current.origin,
    comment: patch.comment === undefined ? current.comment : patch.comment || undefined,
    modifiedAt: timestamp,
    modifiedBy: stamp.by || current.modifiedBy,
  });
  const segments = project.segments.slice();
  segments[index] = segment;
  return { project: { ...project, segments, modifiedAt: timestamp }, segment };
}

export interface ProjectDetailsPatch {
  name?: string;
  notes?: string;
  translator?: string;
}

export function updateProjectDetails(project: Project, patch: ProjectDetailsPatch, stamp: EditStamp): Project {
  const name = patch.name === undefined ? project.name : patch.name.trim();
  if (name === '') throw new UserFacingError('PROJECT_NAME_EMPTY', 'A project needs a name.', 'Type a name for the project.');
  return withoutUndefined({
    ...project,
    name,
    notes: patch.notes === undefined ? project.notes : patch.notes,
    translator: patch.translator === undefined ? project.translator : patch.translator,
    modifiedAt: stamp.now.toISOString(),
  });
}

/** Optional fields are left out rather than set to undefined, so a saved and reopened project is deep-equal to the one in memory. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
