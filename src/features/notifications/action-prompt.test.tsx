// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlugin } from '../../store/apply-plugin.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { ActionNotifications } from './action-notifications.tsx';
import { ActionPrompt } from './action-prompt.tsx';

afterEach(cleanup);

describe('action-command prompt and notifications', () => {
  it('answers the prompt with the index of the chosen button and renders firmware text as text', async () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<ActionPrompt />, kit);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() =>
      applyPlugin(
        services.activity,
        {
          plugin: 'action_command_prompt',
          data: { action: 'show', text: '<b>Runout</b>', choices: ['Purge more', 'Continue'] },
        },
        1,
      ),
    );
    expect(screen.getByRole('alertdialog', { name: 'The printer asks' })).toBeTruthy();
    expect(screen.getByText('<b>Runout</b>')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    });
    expect(kit.calls).toEqual([{ name: 'answerPrompt', args: [1] }]);
  });

  it('lists notifications and lets them be dismissed', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<ActionNotifications />, kit);
    act(() =>
      applyPlugin(
        services.activity,
        { plugin: 'action_command_notification', data: { message: 'Filament low' } },
        Date.now(),
      ),
    );
    expect(screen.getByTestId('action-notifications').textContent).toContain('Filament low');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Filament low' }));
    expect(screen.queryByRole('heading', { name: 'Printer messages' })).toBeNull();
  });
});
