// The server's address as it is named in a recording: never a user name, password, query or fragment.

/** A server URL as a label: scheme, host and path only, never a user name, password, query or fragment. */
export function serverLabel(url: string): string {
  try {
    const u = new URL(url, 'http://this-page.invalid');
    if (u.host === 'this-page.invalid') return u.pathname === '/' ? 'this page' : u.pathname;
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'unknown server';
  }
}
