// The opened HUD: cost and factor sparklines, the reason for the last change, frame figures and the pin control.
import { useShallow } from 'zustand/react/shallow';
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import { usePerf, useServices } from '../../store/services.tsx';
import { fmtMs } from './format.ts';
import { Sparkline } from './sparkline.tsx';
import { useHeapMb } from './use-heap-mb.ts';

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
  const heapMb = useHeapMb();

  return (
    <div className="perf-hud-details" id={id} role="group" aria-label={t('hud.details')}>
      <p className="perf-hud-reason" data-testid="hud-reason">
        {reason ?? t('hud.noChange')}
      </p>
      <div className="perf-hud-sparks">
        <figure>
          <Sparkline values={costs} max={budgetMs} label={t('hud.costSpark')} />
          <figcaption>{t('hud.costCaption', { budget: fmtMs(budgetMs) })}</figcaption>
        </figure>
        <figure>
          <Sparkline values={factors} max={4} label={t('hud.factorSpark')} />
          <figcaption>{t('hud.factorCaption')}</figcaption>
        </figure>
      </div>
      <dl className="perf-hud-figures">
        <dt>{t('hud.fidelity')}</dt>
        <dd>
          {fidelity.level}: {t(`fidelity.${fidelity.level}` as MessageId)}
        </dd>
        <dt>{t('hud.pending')}</dt>
        <dd>
          {pending} / {coalesced}
        </dd>
        <dt>{t('hud.frames')}</dt>
        <dd>{histogram.map((n, i) => `${BUCKET_LABELS[i]}: ${n}`).join(' · ') || '–'}</dd>
        <dt>{t('hud.long')}</dt>
        <dd>
          {probe.longTasks} / {probe.longFrames}
          {probe.lastLongFrame
            ? ` ${
                probe.lastLongFrame.script
                  ? t('hud.lastScript', {
                      ms: fmtMs(probe.lastLongFrame.durationMs),
                      script: probe.lastLongFrame.script,
                    })
                  : t('hud.last', { ms: fmtMs(probe.lastLongFrame.durationMs) })
              }`
            : ''}
        </dd>
        <dt>{t('hud.heap')}</dt>
        <dd>{heapMb === null ? t('hud.notExposed') : `${heapMb.toFixed(1)} MB`}</dd>
        {hidden ? (
          <>
            <dt>{t('hud.tab')}</dt>
            <dd>{t('hud.tabHidden')}</dd>
          </>
        ) : null}
      </dl>
      <label className="perf-hud-pin">
        {t('hud.throttle')}{' '}
        <select
          value={pinned === null ? 'auto' : String(pinned)}
          onChange={(e) => pin(e.target.value === 'auto' ? null : Number(e.target.value))}
        >
          <option value="auto">{t('hud.auto')}</option>
          {PIN_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('hud.pinnedAt', { n })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
