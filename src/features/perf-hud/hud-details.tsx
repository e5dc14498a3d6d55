// The opened HUD: cost and factor sparklines, the reason for the last change, frame figures and the pin control.
import { useShallow } from 'zustand/react/shallow';
import { usePerf, useServices } from '../../store/services.tsx';
import { fmtMs } from './format.ts';
import { Sparkline } from './sparkline.tsx';

const PIN_CHOICES = [1, 2, 3, 4, 6, 10];
const BUCKET_LABELS = ['≤17', '≤33', '≤50', '≤100', '>100'];

export function HudDetails({ id }: { id: string }) {
  const { pin } = useServices().perf;
  const costs = usePerf((s) => s.costHistory);
  const factors = usePerf((s) => s.factorHistory);
  const reason = usePerf((s) => s.lastDecision?.reason ?? null);
  const pinned = usePerf((s) => s.pinned);
  const { budgetMs, pending, coalesced, hidden } = usePerf(
    useShallow((s) => ({ budgetMs: s.budgetMs, pending: s.pending, coalesced: s.coalesced, hidden: s.hidden })),
  );
  const histogram = usePerf((s) => s.histogram);
  const probe = usePerf((s) => s.probe);
  const fidelity = usePerf((s) => s.fidelity);

  return (
    <div className="perf-hud-details" id={id} role="group" aria-label="Render cost details">
      <p className="perf-hud-reason" data-testid="hud-reason">
        {reason ?? 'No change yet: the page fits its budget at ×1.'}
      </p>
      <div className="perf-hud-sparks">
        <figure>
          <Sparkline values={costs} max={budgetMs} label="Cost per update, last 60 updates" />
          <figcaption>cost per update (budget {fmtMs(budgetMs)} ms)</figcaption>
        </figure>
        <figure>
          <Sparkline values={factors} max={4} label="Throttle factor, last 60 updates" />
          <figcaption>throttle factor</figcaption>
        </figure>
      </div>
      <dl className="perf-hud-figures">
        <dt>Fidelity</dt>
        <dd>
          {fidelity.level}: {fidelity.label}
        </dd>
        <dt>Pending / coalesced</dt>
        <dd>
          {pending} / {coalesced}
        </dd>
        <dt>Update frames (ms)</dt>
        <dd>{histogram.map((n, i) => `${BUCKET_LABELS[i]}: ${n}`).join(' · ') || '–'}</dd>
        <dt>Long tasks / frames</dt>
        <dd>
          {probe.longTasks} / {probe.longFrames}
          {probe.lastLongFrame
            ? ` (last ${fmtMs(probe.lastLongFrame.durationMs)} ms${probe.lastLongFrame.script ? `: ${probe.lastLongFrame.script}` : ''})`
            : ''}
        </dd>
        <dt>JS heap</dt>
        <dd>{probe.heapMb === null ? 'not exposed' : `${probe.heapMb.toFixed(1)} MB`}</dd>
        {hidden ? (
          <>
            <dt>Tab</dt>
            <dd>hidden: updates slowed</dd>
          </>
        ) : null}
      </dl>
      <label className="perf-hud-pin">
        Throttle{' '}
        <select
          value={pinned === null ? 'auto' : String(pinned)}
          onChange={(e) => pin(e.target.value === 'auto' ? null : Number(e.target.value))}
        >
          <option value="auto">Auto</option>
          {PIN_CHOICES.map((n) => (
            <option key={n} value={n}>
              Pinned ×{n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
