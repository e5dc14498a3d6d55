// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithServers, renderWithServices } from '../testing/render.tsx';
import { createServersStore } from './servers-store.ts';
import {
  useActivity,
  useDashboard,
  useFiles,
  usePerf,
  usePermissions,
  usePreferences,
  useServers,
  useServerSettings,
} from './services.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const hooks = {
  useDashboard: () => useDashboard((s) => s.link.state),
  useActivity: () => useActivity((s) => s.toasts.length),
  usePreferences: () => usePreferences((s) => s.theme),
  useServerSettings: () => useServerSettings((s) => s.printCancelConfirmation),
  usePerf: () => usePerf((s) => s.factor),
  usePermissions: () => usePermissions((s) => s.known),
  useFiles: () => useFiles((s) => s.status),
  useServers: () => useServers((s) => s.servers.length),
};

function Reader({ use }: { use: () => unknown }) {
  return <p>{String(use())}</p>;
}

describe('store hooks', () => {
  it.each(Object.entries(hooks))('%s throws at once outside its provider', (_name, use) => {
    // React logs the error it rethrows; the throw is the point.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Reader use={use} />)).toThrow(/outside (ServicesProvider|ServersProvider)/);
  });

  it('reads each store through the one provider', () => {
    for (const [name, use] of Object.entries(hooks)) {
      if (name === 'useServers') renderWithServers(<Reader use={use} />, createServersStore(null));
      else renderWithServices(<Reader use={use} />);
    }
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual([
      'ready',
      '0',
      'system',
      'true',
      '1',
      'true',
      'idle',
      '0',
    ]);
  });
});
