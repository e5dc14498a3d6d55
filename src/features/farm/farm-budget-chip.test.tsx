// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FarmBudget } from '../../store/farm-budget.ts';
import { FarmBudgetChip } from './farm-budget-chip.tsx';

afterEach(cleanup);

describe('FarmBudgetChip', () => {
  it("shows the page's cost against its budget, the cards in view and how often they update, and why", () => {
    const budget = new FarmBudget({
      onFactor: () => {},
      count: () => ({ live: 23, inView: 12 }),
      watchVisibility: false,
    });
    render(<FarmBudgetChip store={budget.store} />);
    const chip = screen.getByTestId('farm-budget');
    act(() => budget.store.setState({ msPerSecond: 6.14, inView: 12, live: 23, roundP95: 9.5, roundBudgetMs: 40 }));
    expect(chip.textContent).toBe('Updates 6.1 of 20 ms/s · 12 of 23 live in view · every 2 s');
    expect(chip.getAttribute('title')).toContain('p95 9.5 ms, budget 40 ms');
    expect(chip.hasAttribute('data-throttled')).toBe(false);
    const reason = 'p95 60 ms over the 40 ms budget at ×1, so ×2';
    act(() =>
      budget.store.setState({ factor: 2, lastDecision: { at: 0, factor: 2, fidelity: 0, direction: 'up', reason } }),
    );
    expect(chip.textContent).toContain('every 4 s');
    expect(chip.getAttribute('title')).toContain(reason);
    expect(chip.hasAttribute('data-throttled')).toBe(true);
    act(() => budget.store.setState({ hidden: true }));
    expect(chip.textContent).toBe('Page hidden: every printer slowed');
  });
});
