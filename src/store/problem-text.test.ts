import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { problem } from '../octoprint/problem.ts';
import { RestError } from '../octoprint/rest-client.ts';
import { activateLocale, t } from '../shared/i18n.ts';
import { awaitState } from './command-state.ts';
import { errorWords, problemText } from './problem-text.ts';

describe('problemText', () => {
  afterEach(() => activateLocale('en'));

  const relogin = problem(
    'auth.reloginFailed',
    { reason: 'removed' },
    problem('rest.timeout', { what: 'POST /api/login', seconds: 15 }),
  );

  it('words a problem with its cause and OctoPrint’s reauth reason', () => {
    expect(problemText(relogin)).toBe(
      'the user or its API key was removed in OctoPrint, and logging in again failed: POST /api/login timed out after 15 s',
    );
    expect(problemText(problem('auth.exhausted', { times: 1, reason: 'stale' }))).toBe(
      'logging in failed 1 time (last reason: the OctoPrint session expired)',
    );
    expect(problemText(problem('auth.exhausted', { times: 3, reason: 'odd<b>' }))).toBe(
      'logging in failed 3 times (last reason: OctoPrint asked to log in again (odd<b>))',
    );
  });

  it('words the same problem again in the language active when it is shown', async () => {
    await activateLocale('de');
    expect(problemText(relogin)).toBe(
      'der Benutzer oder sein API-Schlüssel wurde in OctoPrint entfernt, und die erneute Anmeldung schlug fehl: POST /api/login: nach 15 s keine Antwort',
    );
    expect(problemText(problem('socket.dead', { seconds: 2.5 }))).toBe(
      'seit 2,5 s keine Daten und kein Herzschlag: die Verbindung ist tot',
    );
  });

  it('words a RestError by its problem and anything else by its message', async () => {
    const err = new RestError(409, '409 Printer is not operational', null);
    expect(errorWords(err)).toBe('409 Printer is not operational');
    expect(errorWords(new Error('plain'))).toBe('plain');
    expect(errorWords(Object.assign(new Error('old words'), { words: () => 'new words' }))).toBe('new words');
    expect(errorWords('text')).toBe('text');
    await activateLocale('fr');
    expect(errorWords(new RestError(0, 'x', null, problem('upload.aborted')))).toBe('l’envoi a été interrompu');
  });
});

describe('a command that was not confirmed in time', () => {
  afterEach(() => activateLocale('en'));

  it('is worded again in the language active when it is shown', async () => {
    vi.useFakeTimers();
    try {
      const store = createStore(() => ({ target: 0 }));
      const waiting = awaitState(
        store,
        (s) => s.target === 200,
        3000,
        () => t('command.change'),
      ).catch((e) => e);
      vi.advanceTimersByTime(3000);
      const err = await waiting;
      expect(errorWords(err)).toBe('the printer did not report the change within 3 s');
      await activateLocale('de');
      expect(errorWords(err)).not.toBe('the printer did not report the change within 3 s');
      expect(errorWords(err)).toContain('3');
    } finally {
      vi.useRealTimers();
    }
  });
});
