import type { SegmentStatus } from '../document/types';

/**
 * How Duizhao's statuses (new, draft, translated = confirmed, reviewed) map to XLIFF states, both ways.
 * Chosen so that a file exported and imported unchanged gives every segment its status back, and a file
 * translated in another tool gets the nearest status.
 */
export const DRAFT_SUBSTATE = 'duizhao:draft';

/** XLIFF 2.0 `segment/@state`: initial | translated | reviewed | final. Draft is initial with a subState. */
export function xliff2State(status: string): { state: string; subState?: string } {
  switch (status) {
    case 'draft':
      return { state: 'initial', subState: DRAFT_SUBSTATE };
    case 'translated':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'reviewed' };
    default:
      return { state: 'initial' };
  }
}

export function statusFromXliff2(state: string | undefined, hasTarget: boolean): SegmentStatus {
  switch (state) {
    case 'translated':
      return 'translated';
    case 'reviewed':
    case 'final':
      return 'reviewed';
    default:
      return hasTarget ? 'draft' : 'new';
  }
}

/** XLIFF 1.2 `target/@state`, and whether the unit is `approved`. */
export function xliff12State(status: string): { state: string; approved: boolean } {
  switch (status) {
    case 'draft':
      return { state: 'needs-review-translation', approved: false };
    case 'translated':
      return { state: 'translated', approved: true };
    case 'reviewed':
      return { state: 'signed-off', approved: true };
    default:
      return { state: 'needs-translation', approved: false };
  }
}

export function statusFromXliff12(state: string | undefined, approved: boolean, hasTarget: boolean): SegmentStatus {
  if (!hasTarget) return 'new';
  switch (state) {
    case 'translated':
      return 'translated';
    case 'signed-off':
    case 'final':
      return 'reviewed';
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
    case 'needs-translation':
    case 'needs-adaptation':
    case 'needs-l10n':
    case 'new':
      return 'draft';
    default:
      return approved ? 'translated' : 'draft';
  }
}
