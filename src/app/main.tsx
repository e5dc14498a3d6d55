// Entry point: connects to OctoPrint (the page's own origin by default) and renders the dashboard.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PerfProvider } from '../store/perf-context.tsx';
import { ServicesProvider } from '../store/services.tsx';
import { App } from './app.tsx';
import { connectDashboard } from './connect-dashboard.ts';
import './styles.css';

const connection = connectDashboard({ baseUrl: '', apiKey: null });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={connection.services}>
        <PerfProvider perf={connection.perf}>
          <App />
        </PerfProvider>
      </ServicesProvider>
    </StrictMode>,
  );
}
