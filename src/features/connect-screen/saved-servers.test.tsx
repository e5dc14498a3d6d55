// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServersStore } from '../../store/servers-store.ts';
import { renderWithServers } from '../../testing/render.tsx';
import { SavedServers } from './saved-servers.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SavedServers', () => {
  it("shows each saved server's state: reachable with its version, or not with the reason", async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (String(url).startsWith('http://up'))
        return new Response(JSON.stringify(String(url).endsWith('/api/version') ? { server: '1.11.8' } : {}), {
          status: 200,
        });
      throw new TypeError('Failed to fetch');
    });
    const servers = createServersStore(null);
    servers.upsert({ id: 'a', name: 'Up printer', url: 'http://up', apiKey: 'K', remember: true });
    servers.upsert({ id: 'b', name: 'Down printer', url: 'http://down', apiKey: 'K', remember: true });
    servers.close();
    renderWithServers(<SavedServers />, servers);
    // Both were used in the same millisecond: their order is not the point, so each is read by its name.
    const states = () =>
      Object.fromEntries(
        screen
          .getAllByRole('listitem')
          .map((li) => [
            li.querySelector('.server-name')?.textContent,
            li.querySelector('[data-testid="server-state"]')?.textContent,
          ]),
      );
    expect(states()).toEqual({ 'Up printer': 'Checking…', 'Down printer': 'Checking…' });
    await vi.waitFor(() => expect(Object.values(states())).not.toContain('Checking…'));
    expect(states()).toEqual({
      'Up printer': 'Reachable · OctoPrint 1.11.8',
      'Down printer': 'Not reachable: Cannot reach http://down. Is OctoPrint running and the address right?',
    });
  });
});
