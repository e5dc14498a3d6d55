// The dashboard layout: the status bar, then columns of cards by priority (one, two or three as the screen allows).
import { Fragment, Suspense, type ReactNode } from 'react';
import { ChartSummary } from '../features/temperature-chart/chart-summary.tsx';
import { ChartToolbar } from '../features/temperature-chart/chart-toolbar.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { t, type MessageId } from '../shared/i18n.ts';
import { useDashboard, useServerSettings } from '../store/services.tsx';
import { Card } from './card.tsx';
import { FirstDataShown } from './first-data.ts';
import { HeatersCard } from './heaters-card.tsx';
import { ActionPrompt, ConnectionAlerts, ReloadNotice, ToastRegion } from './lazy-panels.ts';
import { StatusBar } from './status-bar.tsx';
import { useColumns } from './use-columns.ts';
import { useInstanceAccent } from './use-instance-accent.ts';
import { useAfter, useAfterFirstData, usePanels, type Panels } from './use-panels.ts';

/** A panel that arrives in its own chunk once `show` (after the first data); nothing shows until it has. */
function Later({ show, children }: { show: boolean; children: ReactNode }) {
  return show ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** How long a column with the webcam waits for the server's settings before it shows its cards anyway. */
const SETTINGS_WAIT_MS = 1500;

type CardKey = 'heaters' | 'chart' | 'job' | 'motion' | 'files' | 'extra' | 'events' | 'terminal' | 'recording';

/** The first screen's cards, in the initial bundle. */
const FIRST: Partial<Record<CardKey, () => ReactNode>> = {
  heaters: () => <HeatersCard />,
  chart: () => (
    <Card id="chart" title={t('card.chart')}>
      <ChartToolbar />
      <TemperatureChart />
      <ChartSummary />
    </Card>
  ),
};

type LaterKey = Exclude<CardKey, 'heaters' | 'chart' | 'extra'>;

/** The rest, once their chunks are in (all together, see use-panels.ts): each card's title and its panel. */
const LATER: Record<LaterKey, [title: MessageId, panel: keyof Panels]> = {
  job: ['card.job', 'JobDetails'],
  motion: ['card.motion', 'MotionPanel'],
  files: ['card.files', 'FilesPanel'],
  events: ['card.events', 'EventFeed'],
  terminal: ['card.terminal', 'TerminalPanel'],
  recording: ['card.recording', 'RecordingPanel'],
};

function laterCard(key: Exclude<CardKey, 'heaters' | 'chart'>, p: Panels): ReactNode {
  // Shown only when there is something to show: each returns nothing otherwise.
  if (key === 'extra')
    return (
      <>
        <p.WebcamPanel />
        <p.ActionNotifications />
        <p.SlicingPanel />
      </>
    );
  const [title, name] = LATER[key];
  const Panel = p[name];
  return (
    <Card id={key} title={t(title)}>
      <Panel />
    </Card>
  );
}

/** Each column stacks its cards top-down by priority; the heaters and their chart always lead. */
const LAYOUTS: Record<1 | 2 | 3, CardKey[][]> = {
  1: [['heaters', 'chart', 'extra', 'motion', 'job', 'files', 'events', 'terminal', 'recording']],
  2: [
    ['heaters', 'chart', 'extra', 'events'],
    ['job', 'motion', 'files', 'terminal', 'recording'],
  ],
  3: [
    ['heaters', 'chart'],
    ['job', 'motion', 'files'],
    ['extra', 'events', 'terminal', 'recording'],
  ],
};

/** `linkSlot` replaces the link state (a replay shows its controls there). */
export function App({ linkSlot }: { linkSlot?: ReactNode }) {
  useInstanceAccent();
  const columns = useColumns();
  // The webcam shows only when the server's settings say there is one: its column waits for them (not for long, the
  // server may be down), so the webcam does not push the cards under it down as it appears.
  const settingsRead = useServerSettings((s) => s.read);
  const waited = useAfter(SETTINGS_WAIT_MS);
  // Their chunks load, and they render, after the first data is drawn: the link's start is not queued behind them.
  const afterData = useAfterFirstData(
    useDashboard((s) => s.lastUpdateAt > 0),
    SETTINGS_WAIT_MS,
  );
  const later = usePanels(afterData);
  const ready = (keys: readonly CardKey[]) =>
    later && 'panels' in later && afterData && (settingsRead || waited || !keys.includes('extra'))
      ? later.panels
      : null;
  return (
    <FirstDataShown.Provider value={afterData}>
      <StatusBar linkSlot={linkSlot} />
      {/* Rare banners (a login or printer error, bad frames, a server restart): in their own chunk. */}
      <Later show={afterData}>
        <ConnectionAlerts />
        <ReloadNotice />
      </Later>
      <Later show={afterData}>
        <ActionPrompt />
      </Later>
      <main className="columns" data-columns={columns}>
        {/* Keyed by place, not by the count: a resize to more or fewer columns keeps every card whose column stays
            (the heaters and the chart always lead the first), so the chart is not rebuilt. */}
        {LAYOUTS[columns].map((keys, i) => {
          const panels = ready(keys);
          return (
            <div className="column" key={`column-${i}`}>
              {keys.map((k) => {
                const first = FIRST[k];
                if (first) return <Fragment key={k}>{first()}</Fragment>;
                return panels ? <Fragment key={k}>{laterCard(k as LaterKey | 'extra', panels)}</Fragment> : null;
              })}
              {i === 0 && later && 'failed' in later && <PanelsFailed />}
            </div>
          );
        })}
      </main>
      <Later show={afterData}>
        <ToastRegion />
      </Later>
    </FirstDataShown.Provider>
  );
}

function PanelsFailed() {
  return (
    <p className="card panels-failed" role="alert">
      {t('panels.failed')}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('reload.button')}
      </button>
    </p>
  );
}
