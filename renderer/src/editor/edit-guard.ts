import { flattenLineBreaks } from './row-model';

/**
 * Keeps the translation pane's row mapping intact: one segment per line, whatever the translator
 * types, pastes, cuts or drags. Pure functions over line arrays, in Monaco's 1-based coordinates,
 * so they are tested without a browser.
 */
export interface TextRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export interface TextEdit {
  range: TextRange;
  text: string;
}

/**
 * An edit confined to the row it starts in: a range running into later rows is cut at the end of its
 * first row (later rows keep their text) and inserted line breaks become spaces.
 */
export function confineEdit(lines: readonly string[], edit: TextEdit): TextEdit {
  const { range } = edit;
  const text = flattenLineBreaks(edit.text);
  if (range.endLineNumber === range.startLineNumber) return { range: { ...range }, text };
  const startLine = lines[range.startLineNumber - 1] ?? '';
  return {
    range: { startLineNumber: range.startLineNumber, startColumn: range.startColumn, endLineNumber: range.startLineNumber, endColumn: startLine.length + 1 },
    text,
  };
}

/** Applies one single-line edit to a line. */
function applyToLine(line: string, startColumn: number, endColumn: number, text: string): string {
  return line.slice(0, startColumn - 1) + text + line.slice(endColumn - 1);
}

export interface RowsAfterChange {
  rows: string[];
  /** Indexes (0-based) of rows whose text changed. */
  changedRows: number[];
}

/**
 * What the rows must be after a content change, given the rows before it and the change list
 * Monaco reports (ranges relative to the text before the change). Every change is confined to its
 * row, so the result always has as many rows as before; the caller compares it with the model and
 * restores the model when an edit slipped past the key and paste guards (drag, cut, multi-cursor).
 */
export function rowsAfterChanges(before: readonly string[], changes: readonly TextEdit[]): RowsAfterChange {
  const rows = [...before];
  const changed = new Set<number>();
  // Apply from the end of the document backwards so earlier ranges stay valid.
  const ordered = [...changes].sort((a, b) => b.range.startLineNumber - a.range.startLineNumber || b.range.startColumn - a.range.startColumn);
  for (const change of ordered) {
    const confined = confineEdit(rows, change);
    const index = confined.range.startLineNumber - 1;
    if (index < 0 || index >= rows.length) continue;
    const next = applyToLine(rows[index]!, confined.range.startColumn, confined.range.endColumn, confined.text);
    if (next !== rows[index]) {
      rows[index] = next;
      changed.add(index);
    }
  }
  return { rows, changedRows: [...changed].sort((a, b) => a - b) };
}

export interface Caret {
  lineNumber: number;
  column: number;
}

/** A key that would join or split rows, and so must not reach the editor. */
export type GuardedKey = 'Backspace' | 'Delete' | 'Enter';

/**
 * Whether a key press with these (collapsed) selections would cross a row boundary: Backspace at the
 * start of a row joins it to the previous row, Delete at its end joins the next one, Enter splits it.
 * Selections that span rows are handled by `confineEdit` instead.
 */
export function crossesRowBoundary(key: GuardedKey, lines: readonly string[], selections: readonly TextRange[]): boolean {
  if (key === 'Enter') return true;
  return selections.some((s) => {
    const collapsed = s.startLineNumber === s.endLineNumber && s.startColumn === s.endColumn;
    if (!collapsed) return false;
    if (key === 'Backspace') return s.startColumn === 1;
    const line = lines[s.startLineNumber - 1] ?? '';
    return s.startColumn === line.length + 1;
  });
}

/** Whether a selection covers more than one row. */
export function spansRows(range: TextRange): boolean {
  return range.endLineNumber !== range.startLineNumber;
}
