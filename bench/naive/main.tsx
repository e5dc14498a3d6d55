// The naive baseline the bench compares against: every message through React state, the chart re-created per update.
// Deliberately the obvious way (what the app avoids), so the ratio shows what the app's data path saves.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import SockJS from 'sockjs-client';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

type Temp = Record<string, { actual: number | null; target: number | null } | number>;
interface Current {
  state?: { text?: string };
  progress?: { completion?: number | null };
  temps?: Temp[];
}

async function authToken(): Promise<string> {
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ passive: true }),
  });
  const body = (await res.json()) as { name: string; session: string };
  return `${body.name}:${body.session}`;
}

function Chart({ temps }: { temps: Temp[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || temps.length === 0) return;
    const heaters = Object.keys(temps[temps.length - 1] as Temp).filter((k) => k !== 'time');
    const data: uPlot.AlignedData = [temps.map((t) => t.time as number)];
    const series: uPlot.Series[] = [{}];
    for (const h of heaters) {
      data.push(temps.map((t) => (t[h] as { actual: number | null } | undefined)?.actual ?? null));
      data.push(temps.map((t) => (t[h] as { target: number | null } | undefined)?.target ?? null));
      series.push(
        { label: `${h} actual`, stroke: '#e5534b' },
        { label: `${h} target`, stroke: '#539bf5', dash: [6, 4] },
      );
    }
    const plot = new uPlot({ width: 800, height: 300, series }, data, el);
    el.dataset.points = String(temps.length);
    return () => plot.destroy();
  }, [temps]);
  return <div ref={host} role="img" aria-label="Temperature history chart" />;
}

function App() {
  const [messages, setMessages] = useState<Current[]>([]);
  const [temps, setTemps] = useState<Temp[]>([]);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const sock = new SockJS('/sockjs');
    sock.onopen = () => {
      setLive(true);
      void authToken().then((auth) => sock.send(JSON.stringify({ auth })));
    };
    sock.onmessage = (e: { data: unknown }) => {
      const msg = (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as {
        current?: Current;
        history?: Current;
      };
      const c = msg.current ?? msg.history;
      if (!c) return;
      setMessages((m) => [...m, c]);
      if (c.temps?.length) setTemps((t) => [...t, ...(c.temps as Temp[])].slice(-900));
    };
    sock.onclose = () => setLive(false);
    return () => sock.close();
  }, []);
  const last = messages[messages.length - 1];
  return (
    <main>
      <p data-testid="link-state">{live ? 'Live' : 'Offline'}</p>
      <p>
        {last?.state?.text ?? '–'} {last?.progress?.completion?.toFixed(1) ?? ''}
      </p>
      <p>{messages.length} messages</p>
      <Chart temps={temps} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
