// Why the page waits before reconnecting, in words: the socket client's short close reasons and SockJS's own.
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';

const WORDS: Record<string, MessageId> = {
  'connect timeout': 'wait.connectTimeout',
  'liveness timeout': 'wait.liveness',
  'login failed': 'wait.login',
  'browser offline': 'wait.browserOffline',
  'could not open socket': 'wait.socket',
  'Cannot connect to server': 'wait.unreachable',
  'All transports failed': 'wait.noTransport',
  'Transport timed out': 'wait.connectTimeout',
  'Server lost session': 'wait.lostSession',
  'Go away!': 'wait.goAway',
};

/** The reason as a clause after "Waiting because"; a reason with its attempt number keeps it. */
export function waitReasonText(reason: string): string {
  const m = /^(.*?)( \(attempt (\d+)\))?$/.exec(reason);
  const head = m?.[1] ?? reason;
  const words = WORDS[head];
  if (words) return m?.[3] ? `${t(words)} ${t('wait.attempt', { n: m[3] })}` : t(words);
  // Sentences already (the brief-link guard, the open-to-live deadline) stay; anything else is quoted as the server's.
  return /\s/.test(head) && head === head.toLowerCase() ? reason : t('wait.closed', { reason: reason.slice(0, 80) });
}
