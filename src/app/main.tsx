// Entry point: the saved servers (kept in localStorage) and the root view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSockJS } from '../octoprint/transport.ts';
import { browserStorage } from '../shared/persist.ts';
import { createServersStore } from '../store/servers-store.ts';
import { Root } from './root.tsx';
import './styles.css';

// The socket library's chunk loads while React renders the first screen.
void loadSockJS();

const servers = createServersStore(browserStorage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root servers={servers} />
    </StrictMode>,
  );
}
