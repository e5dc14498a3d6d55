import { describe, expect, it } from 'vitest';
import { waitReasonText } from './wait-reason.ts';

describe('waitReasonText', () => {
  it('puts close reasons into words and keeps the attempt number', () => {
    expect(waitReasonText('Cannot connect to server (attempt 3)')).toBe('the server cannot be reached (attempt 3)');
    expect(waitReasonText('connect timeout')).toBe('the connection did not open in time');
    expect(waitReasonText('liveness timeout (attempt 2)')).toBe('the link went silent (attempt 2)');
  });

  it('keeps sentences as they are and quotes anything else', () => {
    const guard =
      'the link closed 1.0 s after it went live, 3 short-lived links in a row: waiting longer each time so as not to load the printer';
    expect(waitReasonText(guard)).toBe(guard);
    expect(waitReasonText('no data after the socket opened')).toBe('no data after the socket opened');
    expect(waitReasonText('Another connection still open')).toBe('the link closed ("Another connection still open")');
  });
});
