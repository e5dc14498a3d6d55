// Exports of what is on screen: the chart's window as CSV and PNG, the event feed as CSV.
import { chartCsv, eventsCsv } from '../../store/chart-export.ts';
import { useServices } from '../../store/services.tsx';
import { chartPng } from './chart-png.ts';
import { saveFile } from './save-file.ts';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const csv = (text: string) => new Blob([text], { type: 'text/csv' });

export function ScreenExports() {
  const { series, preferences, activity } = useServices();
  const minutes = () => preferences.getState().chartMinutes ?? preferences.getState().serverCutoff;
  return (
    <div className="recording-row" role="group" aria-label="Export what is on screen">
      <button
        type="button"
        className="secondary"
        onClick={() => saveFile(csv(chartCsv(series.view(), minutes())), `temperatures-${stamp()}.csv`)}
      >
        Chart as CSV
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void chartPng(series.view(), minutes(), `Temperatures, last ${minutes()} min`).then((b) =>
            saveFile(b, `temperatures-${stamp()}.png`),
          )
        }
      >
        Chart as PNG
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => saveFile(csv(eventsCsv(activity.getState().feed)), `events-${stamp()}.csv`)}
      >
        Events as CSV
      </button>
    </div>
  );
}
