import type { TermEntry } from '../../../glossary/engine/entry';
import type { TeamConflict } from '../../../main/api/contract/team';

/** How a conflict side's value reads in the UI: text as is, lists one per line, entries as "zh → en". */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n');
  if (isEntry(value)) return `${value.zh} → ${value.en}${value.note ? `\n${value.note}` : ''}`;
  return JSON.stringify(value, null, 2);
}

function isEntry(value: unknown): value is TermEntry {
  return Boolean(value && typeof value === 'object' && 'zh' in value && 'en' in value && 'id' in value);
}

/** What the "combine" editor starts from: my value, in the form the service takes back. */
export function combineDraft(conflict: TeamConflict): string {
  const side = conflict.mine.deleted ? conflict.theirs : conflict.mine;
  const value = side.value;
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value, null, 2);
}

/** The combined text as the value to send: plain text for text fields, JSON for lists and entries. */
export function combinedValue(conflict: TeamConflict, text: string): unknown {
  const sample = conflict.mine.value ?? conflict.theirs.value;
  if (typeof sample === 'string' || sample === undefined) return text;
  return JSON.parse(text);
}

/** A readable local time for "who and when". */
export function formatWhen(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
