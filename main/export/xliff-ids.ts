/** Identifiers Duizhao writes into XLIFF so an imported file can be matched to its project and segments. */
const ORIGINAL_PREFIX = 'duizhao-project:';

export function originalFor(projectId: string): string {
  return ORIGINAL_PREFIX + projectId;
}

export function projectIdFromOriginal(original: string | undefined): string | undefined {
  return original?.startsWith(ORIGINAL_PREFIX) ? original.slice(ORIGINAL_PREFIX.length) : undefined;
}

/** XLIFF 2.0 ids are NMTOKENs; a segment id that is not one gets a positional id (its real id goes in `name`). */
export function nmtokenId(segmentId: string, index: number): string {
  return /^[\p{L}\p{N}_.-]+$/u.test(segmentId) ? segmentId : `u${index + 1}`;
}

/** Chrome (site navigation, page numbers) is not for translating; CAT tools lock such units. */
export function isLockedKind(kind: string): boolean {
  return kind === 'chrome';
}
