// Why the page waits before reconnecting, in words: the socket client's short close reasons and SockJS's own.

const WORDS: Record<string, string> = {
  'connect timeout': 'the connection did not open in time',
  'liveness timeout': 'the link went silent',
  'login failed': 'logging in failed',
  'browser offline': 'the browser is offline',
  'could not open socket': 'the socket could not be opened',
  'Cannot connect to server': 'the server cannot be reached',
  'All transports failed': 'no transport could connect',
  'Transport timed out': 'the connection did not open in time',
  'Server lost session': 'the server lost the session',
  'Go away!': 'the server closed the link',
};

/** The reason as a clause after "Waiting because"; a reason with its attempt number keeps it. */
export function waitReasonText(reason: string): string {
  const m = /^(.*?)( \(attempt \d+\))?$/.exec(reason);
  const head = m?.[1] ?? reason;
  const words = WORDS[head];
  if (words) return `${words}${m?.[2] ?? ''}`;
  // Sentences already (the brief-link guard, the open-to-live deadline) stay; anything else is quoted as the server's.
  return /\s/.test(head) && head === head.toLowerCase() ? reason : `the link closed ("${reason.slice(0, 80)}")`;
}
