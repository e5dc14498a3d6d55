// The farm's one render-cost budget, as the dashboard's HUD chip shows its own: what all the sockets' updates cost
// the page per second against the budget, how many cards in view share it, and how often they update.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { t } from '../../shared/i18n.ts';
import { IN_VIEW_BASE, type FarmBudgetStore } from '../../store/farm-budget.ts';
import { budgetText, roundText } from './format.ts';

export function FarmBudgetChip({ store }: { store: FarmBudgetStore }) {
  const s = useStore(
    store,
    useShallow((x) => ({
      msPerSecond: x.msPerSecond,
      budget: x.budgetMsPerSecond,
      factor: x.factor,
      inView: x.inView,
      live: x.live,
      hidden: x.hidden,
    })),
  );
  const reason = useStore(store, (x) => x.lastDecision?.reason ?? null);
  const round = useStore(store, (x) => roundText(x.roundP95, x.roundBudgetMs));
  // OctoPrint's throttle × 500 ms: the interval between one card's updates while it is in view.
  const everyS = (IN_VIEW_BASE * s.factor) / 2;
  const text = budgetText(s.msPerSecond, s.budget, s.inView, s.live, everyS);
  return (
    <p
      className="farm-budget"
      data-testid="farm-budget"
      data-factor={s.factor}
      data-throttled={s.factor > 1 || undefined}
      title={`${reason ?? t('farmBudget.within')} ${round}`}
    >
      {s.hidden ? t('farmBudget.hidden') : text}
    </p>
  );
}
