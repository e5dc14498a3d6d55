// Panels loaded after the first paint, in their own chunks: the initial bundle carries only what the first screen
// shows (status bar, temperatures, chart). Each entry names the module and its export; a failed load is tried again.
import { lazy } from 'react';
import { retryImport } from './retry-import.ts';

/** React's lazy, with a load that is tried again when it fails (retry-import.ts). */
const lazyRetry: typeof lazy = (load) => lazy(() => retryImport(load));

export const ConnectionAlerts = lazyRetry(() =>
  import('../features/connection/connection-alerts.tsx').then((m) => ({ default: m.ConnectionAlerts })),
);
export const ReloadNotice = lazyRetry(() =>
  import('../features/connection/reload-notice.tsx').then((m) => ({ default: m.ReloadNotice })),
);
export const ActionPrompt = lazyRetry(() =>
  import('../features/notifications/action-prompt.tsx').then((m) => ({ default: m.ActionPrompt })),
);
export const HeaterControl = lazyRetry(() =>
  import('../features/temperature-controls/heater-control.tsx').then((m) => ({ default: m.HeaterControl })),
);
export const TemperaturePresets = lazyRetry(() =>
  import('../features/temperature-controls/temperature-presets.tsx').then((m) => ({ default: m.TemperaturePresets })),
);
export const PrinterConnection = lazyRetry(() =>
  import('../features/printer-connection/printer-connection.tsx').then((m) => ({ default: m.PrinterConnection })),
);
export const JobControls = lazyRetry(() =>
  import('../features/job-controls/job-controls.tsx').then((m) => ({ default: m.JobControls })),
);
export const ToastRegion = lazyRetry(() =>
  import('../features/toasts/toast-region.tsx').then((m) => ({ default: m.ToastRegion })),
);
export const ConnectScreen = lazyRetry(() =>
  import('../features/connect-screen/connect-screen.tsx').then((m) => ({ default: m.ConnectScreen })),
);
export const AppStatus = lazyRetry(() =>
  import('../features/offline/app-status.tsx').then((m) => ({ default: m.AppStatus })),
);
export const KioskView = lazyRetry(() =>
  import('../features/kiosk/kiosk-view.tsx').then((m) => ({ default: m.KioskView })),
);
export const FarmView = lazyRetry(() =>
  import('../features/farm/farm-view.tsx').then((m) => ({ default: m.FarmView })),
);
const replayModule = () => retryImport(() => import('./replay-dashboard.tsx'));
export const ReplayDashboard = lazy(replayModule);
/** Asked for as soon as a file starts opening, so the replay's chunk loads while the file is read. */
export const preloadReplay = (): void => void replayModule().catch(() => undefined);
export const OpenNotice = lazyRetry(() =>
  import('../features/recording/open-notice.tsx').then((m) => ({ default: m.OpenNotice })),
);
