import type { TermEntry } from '../../glossary/engine/entry';
import { sameValue } from './canonical';
import { TERM_FIELDS, type TermField } from './merge';

export interface FieldChange {
  field: TermField;
  before?: unknown;
  after?: unknown;
}

/** Field-level difference between two versions of an entry (either may be absent: added or deleted). */
export function diffEntries(before: TermEntry | null, after: TermEntry | null): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TERM_FIELDS) {
    if (field === 'modifiedAt' || field === 'modifiedBy' || field === 'createdAt' || field === 'createdBy') continue; // bookkeeping: the commit says who and when
    const a = before?.[field];
    const b = after?.[field];
    if (sameValue(a, b) || (isEmpty(a) && isEmpty(b))) continue;
    changes.push({ field, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
  }
  return changes;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}
