// Pending/done/failed for one control: a second click while pending sends nothing, a failure rolls back.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { say, t, type Words } from '../shared/i18n.ts';
import { errorWords } from './problem-text.ts';

export type CommandStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'done' } | { kind: 'failed'; message: Words };

export interface RunOptions {
  /** Undoes an optimistic change when the command fails. */
  rollback?: () => void;
}

export interface Command {
  status: CommandStatus;
  pending: boolean;
  /** Runs `fn` unless a run is already pending; resolves true when it succeeded. */
  run(fn: () => Promise<unknown>, opts?: RunOptions): Promise<boolean>;
}

const DONE_SHOWN_MS = 2500;

/** A thrown error in the active language (its problem code's words), else its message as it is. */
export function errorText(err: unknown): string {
  return errorWords(err);
}

export function useCommand(): Command {
  const [status, setStatus] = useState<CommandStatus>({ kind: 'idle' });
  // A ref, not state: two clicks in one frame both run before React re-renders with `pending`.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (status.kind !== 'done') return;
    const t = setTimeout(() => setStatus((s) => (s.kind === 'done' ? { kind: 'idle' } : s)), DONE_SHOWN_MS);
    return () => clearTimeout(t);
  }, [status]);

  const run = useCallback(async (fn: () => Promise<unknown>, opts: RunOptions = {}) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setStatus({ kind: 'pending' });
    try {
      await fn();
      if (mounted.current) setStatus({ kind: 'done' });
      return true;
    } catch (err) {
      opts.rollback?.();
      // Worded when shown, so a language change re-words a failure already on screen.
      if (mounted.current) setStatus({ kind: 'failed', message: () => errorText(err) });
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  return { status, pending: status.kind === 'pending', run };
}

/** Short visible text for a status; '' when idle. */
export function statusText(s: CommandStatus): string {
  if (s.kind === 'pending') return t('command.sending');
  if (s.kind === 'done') return t('command.done');
  if (s.kind === 'failed') return t('command.failed', { message: say(s.message) });
  return '';
}

/** Resolves when `predicate` holds for the store's state ("ack by observation"), rejects after `timeoutMs`. */
export function awaitState<S>(
  store: StoreApi<S>,
  predicate: (s: S) => boolean,
  timeoutMs: number,
  what: Words = () => t('command.change'),
): Promise<void> {
  if (predicate(store.getState())) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsub();
      // Worded when shown (errorWords reads `words`): a failure already on screen follows a language change.
      const words = () => t('command.timeout', { what: say(what), seconds: Math.round(timeoutMs / 1000) });
      reject(Object.assign(new Error(words()), { words }));
    }, timeoutMs);
    const unsub = store.subscribe((s) => {
      if (!predicate(s)) return;
      clearTimeout(timer);
      unsub();
      resolve();
    });
  });
}
