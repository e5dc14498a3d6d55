// Notes each server clock step the temperature series saw (a marking on the chart where it restarted, a feed line),
// and each reading it left out for a time that fit no clock (a feed line).
import { t } from '../shared/i18n.ts';
import { addFeed, type ActivityStore } from './activity-store.ts';
import { clockStepLabel, describeClockStep } from './clock-step.ts';
import type { DashboardStore } from './dashboard-store.ts';
import { mergeMarkings } from './markings.ts';
import type { TemperatureSeries } from './temperature-series.ts';

/** Returns the check to run after each change to the series; it notes only steps it has not noted yet. */
export function clockStepNotes(series: TemperatureSeries, store: DashboardStore, activity: ActivityStore): () => void {
  let noted = series.clockSteps.length;
  let outliers = series.counts.outliers;
  return () => {
    if (series.counts.outliers !== outliers) {
      outliers = series.counts.outliers;
      const count = outliers;
      addFeed(activity, {
        at: Date.now(),
        type: 'clock:outlier',
        category: 'connection',
        text: () => t('clock.outlier', { count }),
      });
    }
    while (noted < series.clockSteps.length) {
      const step = series.clockSteps[noted++];
      if (!step) continue;
      const mark = { type: 'clock', label: clockStepLabel(step), time: step.at };
      store.setState((s) => ({ markings: mergeMarkings(s.markings, [mark]) as typeof s.markings }));
      addFeed(activity, {
        at: Date.now(),
        type: 'clock:step',
        category: 'connection',
        text: () => describeClockStep(step),
      });
    }
  };
}
