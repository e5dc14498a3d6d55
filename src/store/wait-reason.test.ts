import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../shared/i18n.ts';
import { waitReasonText } from './wait-reason.ts';

const why = (closed: string, attempt = 0, brief = 0, livedMs: number | null = null) => ({
  closed,
  attempt,
  brief,
  livedMs,
});

describe('waitReasonText', () => {
  afterEach(() => activateLocale('en'));

  it('puts close reasons into words and keeps the attempt number', () => {
    expect(waitReasonText(why('Cannot connect to server', 3))).toBe('the server cannot be reached (attempt 3)');
    expect(waitReasonText(why('connect timeout'))).toBe('the connection did not open in time');
    expect(waitReasonText(why('liveness timeout', 2))).toBe('the link went silent (attempt 2)');
    expect(waitReasonText(why('no data after the socket opened'))).toBe('no data came after the socket opened');
    expect(waitReasonText(why('No reason given', 2))).toBe('the server closed the link (attempt 2)');
  });

  it('words the brief-link guard and quotes reasons it does not know', () => {
    expect(waitReasonText(why('Server lost session', 0, 3, 1000))).toBe(
      'the link closed 1.0 s after it went live, 3 short-lived links in a row: waiting longer each time so as not to load the printer',
    );
    expect(waitReasonText(why('Another connection still open'))).toBe(
      'the link closed ("Another connection still open")',
    );
  });

  it('words the same reason again in the language chosen later', async () => {
    const guard = why('Server lost session', 0, 3, 1500);
    await activateLocale('de');
    expect(waitReasonText(guard)).toBe(
      'die Verbindung 1,5 s nach dem Start wieder schloss, 3 kurzlebige Verbindungen in Folge: jedes Mal länger warten, um den Drucker nicht zu belasten',
    );
    expect(waitReasonText(why('Cannot connect to server', 2))).toBe('der Server nicht erreichbar ist (Versuch 2)');
  });
});
