// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../store/services.tsx';
import { createTestServices } from '../../store/test-services.ts';
import { TemperatureReadouts } from './temperature-readouts.tsx';

afterEach(cleanup);

describe('TemperatureReadouts', () => {
  it('shows no temperatures and says the printer is off while OctoPrint has no link to it', () => {
    const services = createTestServices();
    services.store.setState({ heaters: { tool0: { actual: 21.3, target: 0 } }, heaterIds: ['tool0'] });
    render(
      <ServicesProvider services={services}>
        <TemperatureReadouts />
      </ServicesProvider>,
    );
    expect(screen.getByTestId('tool0-actual').textContent).toBe('21.3 °C');
    const printer = { text: 'Offline', operational: false, printing: false, paused: false, error: null, off: true };
    act(() => services.store.setState({ printer, heaters: { tool0: { actual: null, target: null } } }));
    expect(screen.getByTestId('tool0-actual').textContent).toBe('–');
    expect(screen.getByRole('status').textContent).toContain('Printer off or not connected (Offline)');
  });
});
