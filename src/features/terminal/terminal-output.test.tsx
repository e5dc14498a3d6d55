// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { TerminalOutput } from './terminal-output.tsx';

afterEach(cleanup);

/** jsdom has no layout: give the <pre> a fixed viewport and a height that grows with its lines. */
function fakeLayout(el: HTMLElement) {
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => 100 });
  Object.defineProperty(el, 'scrollHeight', {
    configurable: true,
    get: () => (el.textContent ?? '').split('\n').length * 10,
  });
}

/** The output on a fake layout, following, after fifty lines. */
function showFiftyLines() {
  const t = testServices();
  renderWithServices(<TerminalOutput filters={[]} active={[]} />, t);
  const pre = screen.getByLabelText('Terminal output');
  fakeLayout(pre);
  act(() => t.controls.terminal.append(Array.from({ length: 50 }, (_, i) => `line ${i}`)));
  return { t, pre };
}

describe('TerminalOutput autoscroll', () => {
  it('follows new lines, stops while the user reads back, and resumes at the bottom', () => {
    const { t, pre } = showFiftyLines();
    expect(pre.scrollTop).toBe(500);

    pre.scrollTop = 120;
    fireEvent.scroll(pre);
    act(() => t.controls.terminal.append(['more']));
    expect(pre.scrollTop).toBe(120);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    expect(pre.scrollTop).toBe(510);

    // Scrolling back down to the bottom by hand resumes following too.
    pre.scrollTop = 200;
    fireEvent.scroll(pre);
    pre.scrollTop = 410;
    fireEvent.scroll(pre);
    act(() => t.controls.terminal.append(['again']));
    expect(pre.scrollTop).toBe(520);
    expect(screen.queryByRole('button', { name: 'Jump to latest' })).toBeNull();
  });

  it('keeps a scroll up whose event has not come yet when new lines arrive first', () => {
    const { t, pre } = showFiftyLines();
    expect(pre.scrollTop).toBe(500);

    // The user scrolls to the top; before the browser reports it, a line is drawn.
    pre.scrollTop = 0;
    act(() => t.controls.terminal.append(['more']));
    expect(pre.scrollTop).toBe(0);
    expect(pre.dataset.follow).toBe('false');
    act(() => {
      fireEvent.scroll(pre);
    });
    expect(screen.getByRole('button', { name: 'Jump to latest' })).toBeTruthy();

    // Jumping follows again from the top, and keeps following.
    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    expect(pre.scrollTop).toBe(510);
    act(() => t.controls.terminal.append(['again']));
    expect(pre.scrollTop).toBe(520);
  });
});
