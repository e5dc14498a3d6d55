// The gate that enables a control by the link, the user's permission and the printer's state.
import { useMemo } from 'react';
import type { StateFlags } from '../octoprint/types.ts';
import { currentLocale, t } from '../shared/i18n.ts';
import type { DashboardState } from './dashboard-store.ts';
import { hasPermission, permissionReason } from './permissions-store.ts';
import { useDashboard, usePermissions } from './services.tsx';

export interface Gate {
  enabled: boolean;
  /** Why the control is disabled, shown next to it; null when enabled. */
  reason: string | null;
}

/** `stateCheck` returns why the printer state forbids the control, or null when it allows it. */
const anyState = (): string | null => null;

export function useGate(permission: string, stateCheck: (f: StateFlags) => string | null = anyState): Gate {
  const known = usePermissions((s) => s.known);
  const allowed = usePermissions((s) => hasPermission(s, permission));
  // Every store change runs every gate's selector (a page has a few dozen); the flags change rarely, so the check
  // and its worded reason run again only for new flags or a new language, not for each message.
  const checkState = useMemo(() => {
    let flags: StateFlags | null = null;
    let locale = '';
    let reason: string | null = null;
    return (s: DashboardState): string | null => {
      if (s.printer.flags !== flags || currentLocale() !== locale) {
        flags = s.printer.flags;
        locale = currentLocale();
        reason = stateCheck(flags);
      }
      return reason;
    };
  }, [stateCheck]);
  const stateReason = useDashboard(checkState);
  // Printer flags are only as fresh as the link: while it is down they may be stale, so nothing is sent.
  const live = useDashboard((s) => s.link.state === 'ready');
  const name = usePermissions((s) => permissionReason(permission, s.catalog));
  const reason = !live ? t('gate.notConnected') : !known ? t('gate.signingIn') : !allowed ? name : stateReason;
  return { enabled: reason === null, reason };
}

export const needsOperational = (f: StateFlags): string | null => (f.operational ? null : t('gate.notOperational'));
/**
 * Motion and extrusion: OctoPrint refuses them while a print runs (`is_printing()`), not while it is paused, where
 * moving the head away and extruding (a filament change) is the point. Pausing and cancelling are still moving.
 */
export const needsIdle = (f: StateFlags): string | null =>
  !f.operational
    ? t('gate.notOperational')
    : f.printing || f.pausing || f.cancelling
      ? t('gate.notWhilePrinting')
      : null;
