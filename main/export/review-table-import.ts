import type { Project } from '../project/schema';
import { SEGMENT_STATUSES, type SegmentStatus } from '../document/types';
import { UserFacingError } from '../common/errors';
import { readDocx, type DocxCell } from './docx-reader';
import { UNTRANSLATED_MARK } from './project-view';
import { PROJECT_ID_PROPERTY, parseHiddenMarkers, segmentIdFromBookmark } from './review-ids';
import { REVIEW_COLUMNS } from './review-table-docx';
import { diffSegment, type ImportReport, type SegmentChange } from './segment-changes';

/**
 * Reads a review table back after an editor worked on it in Word: which segment each row is (from its
 * hidden ids), and what the English, status and comment cells say now. Refuses a file from another
 * project or with damaged ids before anything is changed.
 */
export interface ReviewRow {
  /** 1-based position among the table's segment rows. */
  number: number;
  segmentId: string;
  chinese: string;
  english: string;
  status: string;
  comment: string;
}

export interface ReviewTableReading {
  projectId: string;
  rows: ReviewRow[];
  /** Rows with text but no segment id (added by hand): listed, never applied. */
  rowsWithoutId: number[];
}

const CELL = { number: 0, chinese: 1, english: 2, status: 3, comment: 4 } as const;

export async function readReviewTable(bytes: Uint8Array): Promise<ReviewTableReading> {
  const docx = await readDocx(bytes, 'The review table');
  const problems: string[] = [];
  const projectIds = new Set<string>();
  const propertyProjectId = docx.customProperties[PROJECT_ID_PROPERTY];
  if (propertyProjectId) projectIds.add(propertyProjectId);

  const rows: ReviewRow[] = [];
  const rowsWithoutId: number[] = [];
  let tablePosition = 0;
  for (const table of docx.tables) {
    for (const row of table.rows) {
      if (row.isHeader || isColumnHeading(row.cells)) continue;
      tablePosition += 1;
      const ids = rowIds(row.cells, projectIds);
      if (ids.damaged) {
        problems.push(`row ${tablePosition}: the hidden segment id is damaged`);
        continue;
      }
      if (ids.segmentIds.size === 0) {
        if (row.cells.some((c) => c.text.trim() !== '')) rowsWithoutId.push(tablePosition);
        continue;
      }
      if (ids.segmentIds.size > 1) {
        problems.push(`row ${tablePosition}: carries several segment ids (${[...ids.segmentIds].join(', ')}), were rows merged?`);
        continue;
      }
      if (row.cells.length < REVIEW_COLUMNS.length) {
        problems.push(`row ${tablePosition}: has ${row.cells.length} cells instead of ${REVIEW_COLUMNS.length}, were cells merged or deleted?`);
        continue;
      }
      const cell = (i: number) => row.cells[i].text;
      rows.push({
        number: rows.length + 1,
        segmentId: [...ids.segmentIds][0],
        chinese: cell(CELL.chinese),
        english: cell(CELL.english),
        status: cell(CELL.status),
        comment: cell(CELL.comment),
      });
    }
  }

  if (projectIds.size === 0 || rows.length === 0 && problems.length === 0) {
    throw new UserFacingError(
      'REVIEW_NOT_DUIZHAO',
      'This Word file is not a Duizhao review table: it carries no segment ids.',
      'Import the review table exported from this project (File › Export › Review table), as edited by the reviewer.',
    );
  }
  if (projectIds.size > 1) {
    throw new UserFacingError('REVIEW_MIXED_PROJECTS', `This review table mixes rows from several projects (${[...projectIds].join(', ')}).`, 'Import each project’s own review table.');
  }
  if (problems.length > 0) throw damaged(problems);
  return { projectId: [...projectIds][0], rows, rowsWithoutId };
}

function rowIds(cells: DocxCell[], projectIds: Set<string>): { segmentIds: Set<string>; damaged: boolean } {
  const segmentIds = new Set<string>();
  let damagedMarker = false;
  for (const cell of cells) {
    for (const bookmark of cell.bookmarks) {
      const id = segmentIdFromBookmark(bookmark);
      if (id) segmentIds.add(id);
    }
    const { markers, damaged } = parseHiddenMarkers(cell.hidden);
    damagedMarker ||= damaged;
    for (const marker of markers) {
      segmentIds.add(marker.segmentId);
      projectIds.add(marker.projectId);
    }
  }
  return { segmentIds, damaged: damagedMarker };
}

function isColumnHeading(cells: DocxCell[]): boolean {
  return cells.length >= 3 && cells[0].text.trim() === REVIEW_COLUMNS[0] && cells.every((c) => c.bookmarks.length === 0 && c.hidden === '');
}

function damaged(problems: string[]): UserFacingError {
  const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
  return new UserFacingError('REVIEW_DAMAGED_IDS', `The review table’s segment ids are damaged, so nothing was imported: ${shown}.`, 'Export a fresh review table and copy the edits into it, or undo the row changes in Word.');
}

/** Compares the reading with the project: what changed, and what the translator should know. Refuses another project's file. */
export function planReviewImport(project: Project, reading: ReviewTableReading): ImportReport {
  if (reading.projectId !== project.id) {
    throw new UserFacingError(
      'REVIEW_OTHER_PROJECT',
      `This review table belongs to another project (id ${reading.projectId}), not to “${project.name}” (id ${project.id}).`,
      'Open the project the review table was exported from, and import it there.',
    );
  }
  const segments = new Map(project.segments.map((s) => [s.id, s]));
  const unknown = reading.rows.filter((r) => !segments.has(r.segmentId)).map((r) => `row ${r.number}: unknown segment id “${r.segmentId}”`);
  const seen = new Set<string>();
  const duplicates = reading.rows.filter((r) => (seen.has(r.segmentId) ? true : (seen.add(r.segmentId), false))).map((r) => `row ${r.number}: segment “${r.segmentId}” appears twice`);
  if (unknown.length + duplicates.length > 0) throw damaged([...unknown, ...duplicates]);

  const warnings: string[] = [];
  const changes: SegmentChange[] = [];
  for (const row of reading.rows) {
    const segment = segments.get(row.segmentId)!;
    const status = parseStatus(row.status);
    if (status === 'unknown') warnings.push(`Row ${row.number}: status “${row.status.trim()}” is not one of ${SEGMENT_STATUSES.join(', ')}; the status was kept.`);
    if (normalize(row.chinese) !== normalize(segment.text)) warnings.push(`Row ${row.number}: the Chinese was edited in the file; the project’s source text is kept.`);
    const change = diffSegment(segment, row.number, {
      target: row.english.split(UNTRANSLATED_MARK).join('').trim(),
      comment: row.comment,
      status: status === 'unknown' ? undefined : status,
    });
    if (change) changes.push(change);
  }
  if (reading.rowsWithoutId.length > 0) {
    warnings.push(`Rows ${reading.rowsWithoutId.join(', ')} have no segment id (added by hand?) and were ignored.`);
  }
  const missing = project.segments.length - seen.size;
  if (missing > 0) warnings.push(`${missing} segment(s) of the project are not in the file (rows deleted?) and were left as they are.`);
  return { format: 'review-table', projectId: project.id, segmentsInFile: reading.rows.length, changes, warnings };
}

function parseStatus(cell: string): SegmentStatus | 'unknown' | undefined {
  const word = cell.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (word === '') return undefined;
  return (SEGMENT_STATUSES as readonly string[]).includes(word) ? (word as SegmentStatus) : 'unknown';
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}
