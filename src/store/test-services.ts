// Builds a Services bundle with fresh stores and recorded commands, for component tests and stories.
import { createActivityStore } from './activity-store.ts';
import { createDashboardStore } from './dashboard-store.ts';
import { createInstanceStore } from './instance-settings.ts';
import type { Services } from './services.tsx';
import { createSettingsStore } from './settings-store.ts';
import { TemperatureSeries } from './temperature-series.ts';

export function createTestServices(): Services & { calls: { name: string; args: unknown[] }[] } {
  const calls: { name: string; args: unknown[] }[] = [];
  return {
    calls,
    store: createDashboardStore(),
    series: new TemperatureSeries(256),
    activity: createActivityStore(),
    settings: createSettingsStore(null),
    instance: createInstanceStore('http://octoprint.test'),
    commands: {
      retryNow: () => void calls.push({ name: 'retryNow', args: [] }),
      async answerPrompt(...args) {
        calls.push({ name: 'answerPrompt', args });
      },
    },
  };
}
