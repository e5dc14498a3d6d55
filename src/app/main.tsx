// Entry point: the saved servers (kept in localStorage) and the root view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSockJS } from '../octoprint/transport.ts';
import { startLanguage } from '../shared/i18n.ts';
import { browserStorage } from '../shared/persist.ts';
import { createServersStore } from '../store/servers-store.ts';
import { ServersProvider } from '../store/services.tsx';
import { startFirstProbe } from './first-probe.ts';
import { Root } from './root.tsx';
import './styles.css';

// The socket library's chunk loads while React renders the first screen.
void loadSockJS();

const servers = createServersStore(browserStorage());
// First use (nothing saved): look for an OctoPrint on this origin now, while React renders its first screen.
if (servers.getState().servers.length === 0) startFirstProbe();
// Only `npm run dev` with MOCK_PRINTERS=N defines it (mock/vite-plugin.ts): the mock farm, saved at once. A build has
// no such constant, so the branch and its module are left out of the bundle.
if (import.meta.env.VITE_FARM_SERVERS)
  void import('../store/farm-seed.ts').then((m) => m.seedFarmServers(servers, import.meta.env.VITE_FARM_SERVERS));

// The service worker (a built app only): registered once the page is idle, off the first screen's path. `?sw=off`
// opts a page out, as does a browser without one.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !/[?&]sw=off\b/.test(location.search)) {
  const register = () => void import('./register-sw.ts').then((m) => m.registerServiceWorker());
  window.addEventListener('load', () =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5_000 }) : setTimeout(register, 1_000),
  );
}

const root = document.getElementById('root');
// The language's catalog (English is built in) loads before the first render, so no screen shows in two languages.
if (root) {
  void startLanguage().then(() =>
    createRoot(root).render(
      <StrictMode>
        <ServersProvider servers={servers}>
          <Root />
        </ServersProvider>
      </StrictMode>,
    ),
  );
}
