export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 420;

/**
 * The remembered window bounds, made safe for the displays there are now: a window saved on a monitor
 * that is gone (or bigger than the screen) is brought back onto a visible work area. Pure.
 */
export function restoreWindowState(saved: WindowState | undefined, workAreas: Rectangle[]): WindowState {
  if (!saved) return DEFAULT_WINDOW_STATE;
  const width = Math.max(MIN_WIDTH, Math.round(saved.width));
  const height = Math.max(MIN_HEIGHT, Math.round(saved.height));
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const visible = workAreas.find((area) => overlap(area, { x: saved.x!, y: saved.y!, width, height }) >= 0.5 * width * height);
  if (visible) return { x: Math.round(saved.x), y: Math.round(saved.y), width: Math.min(width, visible.width), height: Math.min(height, visible.height), maximized: saved.maximized };
  const primary = workAreas[0];
  if (!primary) return { width, height, maximized: saved.maximized };
  return { width: Math.min(width, primary.width), height: Math.min(height, primary.height), maximized: saved.maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
