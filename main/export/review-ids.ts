/**
 * How a review-table row carries its segment id through Word: twice, so that either survives editing.
 * - a hidden bookmark `_dz_<id>` around the row number (Word hides bookmarks starting with `_` from the
 *   bookmark list, keeps them when text around them is edited, and LibreOffice keeps them too);
 * - a hidden run (`w:vanish`) `{dz:<project>:<segment>}`, which survives copying the table into another
 *   document, where bookmarks and document properties are lost.
 */
const BOOKMARK_PREFIX = '_dz_';
const BOOKMARK_SAFE = /^[A-Za-z0-9_]{1,36}$/;
const MARKER = /\{dz:([^:{}\s]+):([^:{}\s]+)\}/g;

/** The bookmark name for a segment, or undefined when the id cannot be a bookmark name (the hidden marker still carries it). */
export function bookmarkNameFor(segmentId: string): string | undefined {
  return BOOKMARK_SAFE.test(segmentId) ? BOOKMARK_PREFIX + segmentId : undefined;
}

export function segmentIdFromBookmark(name: string): string | undefined {
  return name.startsWith(BOOKMARK_PREFIX) ? name.slice(BOOKMARK_PREFIX.length) : undefined;
}

export function hiddenMarkerFor(projectId: string, segmentId: string): string {
  return `{dz:${encodeURIComponent(projectId)}:${encodeURIComponent(segmentId)}}`;
}

export interface HiddenMarker {
  projectId: string;
  segmentId: string;
}

/** Every marker in a cell's hidden text; a marker that does not decode is reported as damaged by the caller. */
export function parseHiddenMarkers(hiddenText: string): { markers: HiddenMarker[]; damaged: boolean } {
  const markers: HiddenMarker[] = [];
  let damaged = false;
  for (const match of hiddenText.matchAll(MARKER)) {
    try {
      markers.push({ projectId: decodeURIComponent(match[1]), segmentId: decodeURIComponent(match[2]) });
    } catch {
      damaged = true;
    }
  }
  const leftover = hiddenText.replace(MARKER, '').trim();
  if (leftover.includes('{dz:') || (markers.length === 0 && leftover !== '')) damaged = true;
  return { markers, damaged };
}

/** The document property that names the project a review table was exported from. */
export const PROJECT_ID_PROPERTY = 'DuizhaoProjectId';
export const EXPORT_KIND_PROPERTY = 'DuizhaoExport';
export const REVIEW_TABLE_KIND = 'review-table';
