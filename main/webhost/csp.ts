/**
 * The Content-Security-Policy the UI runs under, on both hosts (web host header, Electron protocol
 * response). Everything from the app itself; no remote source at all. Monaco sets inline styles, hence
 * 'unsafe-inline' for styles only; its workers are same-origin files (blob: kept for its fallback).
 */
export function uiContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
