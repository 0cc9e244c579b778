import { UserFacingError } from '../common/errors';

/**
 * Links leave the app only as https to a real host name: no file:, javascript:, custom schemes,
 * credentials in the URL, or local addresses. Returns the normalized URL.
 */
export function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserFacingError('LINK_INVALID', `"${raw.slice(0, 200)}" is not a web address.`);
  }
  if (url.protocol !== 'https:') {
    throw new UserFacingError('LINK_REFUSED', `Only https links are opened; this one is ${url.protocol.replace(':', '')}.`, 'Copy the address into your browser if you trust it.');
  }
  if (url.username || url.password) {
    throw new UserFacingError('LINK_REFUSED', 'Links with a user name or password in them are not opened.', 'Copy the address into your browser if you trust it.');
  }
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || !host.includes('.')) {
    throw new UserFacingError('LINK_REFUSED', `Links to local addresses (${host}) are not opened.`);
  }
  return url.toString();
}
