// The text alternative of the chart, refreshed every few seconds (not per message) from the series.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { languageStore } from '../../shared/i18n.ts';
import { useServices, usePreferences } from '../../store/services.tsx';
import { summarize } from './summary-text.ts';

const REFRESH_MS = 5000;
const IDLE_REFRESH_MS = 7500;
const TREND_MINUTES = 5;

export function ChartSummary() {
  const { series } = useServices();
  const hidden = usePreferences((s) => s.hiddenHeaters);
  // The words are kept in state: a new language words them again at once, not at the next refresh.
  const locale = useStore(languageStore, (s) => s.active);
  const [text, setText] = useState(() => summarize(series, TREND_MINUTES, hidden));

  useEffect(() => {
    let last = 0;
    const update = () => {
      last = Date.now();
      setText(summarize(series, TREND_MINUTES, hidden));
    };
    update();
    // The first data shows at once. After that the words are refreshed with a message's own update, so they are
    // laid out and painted in its frame rather than in a frame of their own.
    let empty = series.length === 0;
    const unsubscribe = series.subscribe(() => {
      if ((empty && series.length > 0) || Date.now() - last >= REFRESH_MS) update();
      empty = series.length === 0;
    });
    // While no data comes, "… seconds ago" still ages; while it flows this finds the words fresh and does nothing.
    const timer = setInterval(() => Date.now() - last >= IDLE_REFRESH_MS && update(), REFRESH_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [series, hidden, locale]);

  return (
    <p id="chart-summary" className="chart-summary" data-testid="chart-summary">
      {text}
    </p>
  );
}
