import type { Extension } from './shell/extension';
import { teamExtension } from './team/team-extension';
import { alignmentReviewExtension } from './alignment-review/alignment-review-extension';
import { exportExtension } from './export/export-extension';
import { memoryExtension } from './memory/memory-extension';

/**
 * THE mounting point for capability UIs. Each capability exports one `Extension` from its own folder
 * and adds ONE line here, e.g.
 *
 *   import { alignmentReviewExtension } from './alignment-review/extension';
 *   ...
 *   alignmentReviewExtension,
 *
 * `activate(ctx)` gets the API client, the command registry (id, label in en/zh-CN, keybinding, menu,
 * run) and the view registry (side panel / dialog / main view), see renderer/src/shell/extension.ts.
 */
export const extensions: Extension[] = [
  teamExtension,
  alignmentReviewExtension,
  exportExtension,
  memoryExtension,
];
