// Why the page waits before reconnecting, in words: the socket client's short close reasons, SockJS's own, and the
// brief-link guard's count, worded from the data each time they are shown.
import type { WaitWhy } from '../octoprint/reconnect-policy.ts';
import { currentLocale, t } from '../shared/i18n.ts';
import type { MessageId } from '../shared/i18n.ts';

const WORDS: Record<string, MessageId> = {
  'connect timeout': 'wait.connectTimeout',
  'liveness timeout': 'wait.liveness',
  'login failed': 'wait.login',
  'browser offline': 'wait.browserOffline',
  'could not open socket': 'wait.socket',
  'no data after the socket opened': 'wait.noData',
  'Cannot connect to server': 'wait.unreachable',
  'All transports failed': 'wait.noTransport',
  'Transport timed out': 'wait.connectTimeout',
  'Server lost session': 'wait.lostSession',
  'Go away!': 'wait.goAway',
  // What SockJS and the browser say when the server closes without a reason (OctoPrint or a proxy going down).
  'No reason given': 'wait.goAway',
  'Normal closure': 'wait.goAway',
  '': 'wait.goAway',
};

/** A close reason in words; one the page does not know is quoted as the server (or the browser) gave it. */
function closedText(closed: string): string {
  const words = Object.hasOwn(WORDS, closed) ? WORDS[closed] : undefined;
  return words ? t(words) : t('wait.closed', { reason: closed.slice(0, 80) });
}

/** The reason as a clause after "Waiting because", with its attempt number or the brief-link guard's count. */
export function waitReasonText(why: WaitWhy): string {
  if (why.brief > 0) {
    const seconds = ((why.livedMs ?? 0) / 1000).toLocaleString(currentLocale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const reason = why.livedMs === null ? closedText(why.closed) : t('wait.livedFor', { seconds });
    return t('wait.brief', { reason, count: why.brief });
  }
  const head = closedText(why.closed);
  return why.attempt > 0 ? `${head} ${t('wait.attempt', { n: why.attempt })}` : head;
}
