/**
 * Keeps rows side by side when lines wrap, as Monaco's diff editor does: after each row, the pane
 * whose row is shorter gets a spacer (a view zone) as tall as the difference, and both panes get the
 * same gap after the last row of a paragraph. Pure: heights in, spacer heights out.
 */
export interface RowPadding {
  /** Spacer height after each row of the source pane, px. */
  left: number[];
  right: number[];
}

export function computePadding(leftHeights: readonly number[], rightHeights: readonly number[], gapAfter: readonly boolean[], paragraphGap: number): RowPadding {
  if (leftHeights.length !== rightHeights.length) {
    throw new Error(`Row count differs between panes: ${leftHeights.length} vs ${rightHeights.length}`);
  }
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < leftHeights.length; i++) {
    const l = leftHeights[i]!;
    const r = rightHeights[i]!;
    const tallest = Math.max(l, r);
    const gap = gapAfter[i] ? paragraphGap : 0;
    left.push(tallest - l + gap);
    right.push(tallest - r + gap);
  }
  return { left, right };
}

/** Top of each row (px from the top of the content) once the padding is in place: equal in both panes. */
export function rowTops(heights: readonly number[], padding: readonly number[]): number[] {
  const tops: number[] = [];
  let top = 0;
  for (let i = 0; i < heights.length; i++) {
    tops.push(top);
    top += heights[i]! + padding[i]!;
  }
  return tops;
}

export interface SpacerChanges {
  add: Array<{ row: number; height: number }>;
  remove: number[];
  resize: Array<{ row: number; height: number }>;
}

/**
 * What to change in a pane's existing spacers (row → height) to reach the wanted heights, so a
 * keystroke that rewraps one row touches one view zone instead of rebuilding a thousand.
 */
export function diffSpacers(current: ReadonlyMap<number, number>, wanted: readonly number[]): SpacerChanges {
  const changes: SpacerChanges = { add: [], remove: [], resize: [] };
  for (const [row] of current) if (row >= wanted.length || wanted[row]! <= 0) changes.remove.push(row);
  wanted.forEach((height, row) => {
    if (height <= 0) return;
    const existing = current.get(row);
    if (existing === undefined) changes.add.push({ row, height });
    else if (existing !== height) changes.resize.push({ row, height });
  });
  return changes;
}
