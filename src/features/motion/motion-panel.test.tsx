// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RestError } from '../../octoprint/rest-client.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { MotionPanel } from './motion-panel.tsx';

afterEach(cleanup);

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  renderWithServices(<MotionPanel />, t);
  return t;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('MotionPanel', () => {
  it('jogs by the chosen step and homes, from buttons and from the keyboard when focused', async () => {
    const t = setup();
    fireEvent.click(screen.getByRole('radio', { name: '0.1' }));
    await act(async () => fireEvent.click(button('Jog X +')));
    const pad = screen.getByRole('group', { name: /Jog/ });
    await act(async () => fireEvent.keyDown(pad, { key: 'PageDown' }));
    await act(async () => fireEvent.keyDown(pad, { key: 'ArrowLeft' }));
    await act(async () => fireEvent.keyDown(pad, { key: 'Home' }));
    await act(async () => fireEvent.click(button('Home all')));
    expect(t.rest.sent.map((r) => r.body)).toEqual([
      { command: 'jog', x: 0.1 },
      { command: 'jog', z: -0.1 },
      { command: 'jog', x: -0.1 },
      { command: 'home', axes: ['x', 'y'] },
      { command: 'home', axes: ['x', 'y', 'z'] },
    ]);
  });

  it('sends one jog for a double click', async () => {
    const t = setup();
    await act(async () => {
      fireEvent.click(button('Jog Y +'));
      fireEvent.click(button('Jog Y +'));
    });
    expect(t.rest.sent).toHaveLength(1);
  });

  it('is disabled while printing, as in OctoPrint, but factors stay available', () => {
    setup({ flags: { printing: true, ready: false } });
    expect(button('Jog X +').disabled).toBe(true);
    expect(button('Extrude').disabled).toBe(true);
    expect(button('Motors off').disabled).toBe(true);
    expect(screen.getAllByText('not while printing').length).toBeGreaterThan(0);
    expect(button('Feed rate +5').disabled).toBe(false);
  });

  it('is enabled while paused: OctoPrint jogs and extrudes a paused print (a filament change)', () => {
    setup({ flags: { paused: true, ready: false } });
    expect(button('Jog X +').disabled).toBe(false);
    expect(button('Extrude').disabled).toBe(false);
    expect(screen.queryByText('not while printing')).toBeNull();
  });

  it('extrudes, retracts, drives the fan and turns the motors off', async () => {
    const t = setup();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Length (mm)' }), { target: { value: '12' } });
    await act(async () => fireEvent.click(button('Extrude')));
    await act(async () => fireEvent.click(button('Retract')));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Fan (%)' }), { target: { value: '50' } });
    await act(async () => fireEvent.click(button('Fan on')));
    await act(async () => fireEvent.click(button('Fan off')));
    await act(async () => fireEvent.click(button('Motors off')));
    expect(t.rest.sent.map((r) => r.body)).toEqual([
      { command: 'extrude', amount: 12 },
      { command: 'extrude', amount: -12 },
      { commands: ['M106 S128'] },
      { commands: ['M106 S0'] },
      { commands: ['M18'] },
    ]);
  });

  it('steps the feed rate, each tap sent at once, and rolls a rejected one back to the last accepted value', async () => {
    const t = setup();
    const value = () => screen.getByRole('status', { name: 'Feed rate value' }).textContent;
    await act(async () => fireEvent.click(button('Feed rate +5')));
    expect(t.rest.sent[0]?.body).toEqual({ command: 'feedrate', factor: 105 });
    expect(value()).toBe('105 %');
    t.rest.answers.push(new RestError(500, '500 boom'));
    await act(async () => fireEvent.click(button('Feed rate +5')));
    expect(t.rest.sent[1]?.body).toEqual({ command: 'feedrate', factor: 110 });
    expect(value()).toBe('105 %');
    expect(screen.getByRole('status', { name: 'Feed rate status' }).textContent).toBe('Failed: 500 boom');
    await act(async () => fireEvent.click(button('Feed rate 100 %')));
    expect(t.rest.sent[2]?.body).toEqual({ command: 'feedrate', factor: 100 });
    expect(button('Feed rate 100 %').disabled).toBe(true);
  });

  it('needs the Control permission', () => {
    setup({ keys: ['STATUS'] });
    expect(button('Jog X +').disabled).toBe(true);
    expect(screen.getAllByText('needs the Control permission').length).toBeGreaterThan(0);
  });
});

describe('MotionPanel while the link is down', () => {
  it('sends nothing on possibly stale printer state', () => {
    const t = setup();
    act(() => t.services.dashboard.setState((s) => ({ link: { ...s.link, state: 'backoff' } })));
    expect(button('Jog X +').disabled).toBe(true);
    expect(screen.getAllByText('not connected').length).toBeGreaterThan(0);
  });
});
