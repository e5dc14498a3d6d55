// The one way a component test gets its providers: the app's own ServicesProvider (one open server) or
// ServersProvider (the saved servers) around the element, kept on rerender.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { ServersStore } from '../store/servers-store.ts';
import { ServersProvider, ServicesProvider } from '../store/services.tsx';
import { testServices, type TestKit } from './services.ts';

export interface Rendered extends TestKit {
  view: RenderResult;
}

/** Renders `ui` for one server; the kit defaults to a linked, signed-in dashboard with an operational printer. */
export function renderWithServices(ui: ReactElement, kit: TestKit = testServices()): Rendered {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServicesProvider services={kit.services}>{children}</ServicesProvider>
  );
  return { ...kit, view: render(ui, { wrapper }) };
}

/** Renders `ui` above any server (connect screen, farm), reading the saved servers. */
export function renderWithServers(ui: ReactElement, servers: ServersStore): RenderResult {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServersProvider servers={servers}>{children}</ServersProvider>
  );
  return render(ui, { wrapper });
}
