// The dashboard layout: the status bar, then columns of cards by priority (one, two or three as the screen allows).
import { Fragment, Suspense, type ReactNode } from 'react';
import { ChartSummary } from '../features/temperature-chart/chart-summary.tsx';
import { ChartToolbar } from '../features/temperature-chart/chart-toolbar.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { t } from '../shared/i18n.ts';
import { Card } from './card.tsx';
import { HeatersCard } from './heaters-card.tsx';
import {
  ActionNotifications,
  ActionPrompt,
  ConnectionAlerts,
  EventFeed,
  FilesPanel,
  JobDetails,
  MotionPanel,
  RecordingPanel,
  ReloadNotice,
  SlicingPanel,
  TerminalPanel,
  ToastRegion,
  WebcamPanel,
} from './lazy-panels.ts';
import { StatusBar } from './status-bar.tsx';
import { useColumns } from './use-columns.ts';
import { useInstanceAccent } from './use-instance-accent.ts';

/** A panel that arrives in its own chunk after the first paint; nothing shows until it has. */
function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

type CardKey = 'heaters' | 'chart' | 'job' | 'motion' | 'files' | 'extra' | 'events' | 'terminal' | 'recording';

const CARDS: Record<CardKey, () => ReactNode> = {
  heaters: () => <HeatersCard />,
  chart: () => (
    <Card id="chart" title={t('card.chart')}>
      <ChartToolbar />
      <TemperatureChart />
      <ChartSummary />
    </Card>
  ),
  job: () => (
    <Card id="job" title={t('card.job')}>
      <Later>
        <JobDetails />
      </Later>
    </Card>
  ),
  motion: () => (
    <Card id="motion" title={t('card.motion')}>
      <Later>
        <MotionPanel />
      </Later>
    </Card>
  ),
  files: () => (
    <Card id="files" title={t('card.files')}>
      <Later>
        <FilesPanel />
      </Later>
    </Card>
  ),
  // Shown only when there is something to show: each returns nothing otherwise.
  extra: () => (
    <Later>
      <WebcamPanel />
      <ActionNotifications />
      <SlicingPanel />
    </Later>
  ),
  events: () => (
    <Card id="events" title={t('card.events')}>
      <Later>
        <EventFeed />
      </Later>
    </Card>
  ),
  terminal: () => (
    <Card id="terminal" title={t('card.terminal')}>
      <Later>
        <TerminalPanel />
      </Later>
    </Card>
  ),
  recording: () => (
    <Card id="recording" title={t('card.recording')}>
      <Later>
        <RecordingPanel />
      </Later>
    </Card>
  ),
};

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
  return (
    <>
      <StatusBar linkSlot={linkSlot} />
      {/* Rare banners (a login or printer error, bad frames, a server restart): in their own chunk. */}
      <Later>
        <ConnectionAlerts />
        <ReloadNotice />
      </Later>
      <Later>
        <ActionPrompt />
      </Later>
      <main className="columns" data-columns={columns}>
        {/* Keyed by place, not by the count: a resize to more or fewer columns keeps every card whose column stays
            (the heaters and the chart always lead the first), so the chart is not rebuilt. */}
        {LAYOUTS[columns].map((keys, i) => (
          <div className="column" key={`column-${i}`}>
            {keys.map((k) => (
              <Fragment key={k}>{CARDS[k]()}</Fragment>
            ))}
          </div>
        ))}
      </main>
      <Later>
        <ToastRegion />
      </Later>
    </>
  );
}
