// /api/job: the job's state and the start, pause/resume/toggle, restart and cancel commands with OctoPrint's 409s.
import { Router } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

export function jobRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();

  r.get('/api/job', requirePermission(state, 'STATUS'), (_req, res) => {
    const snap = printer.snapshot() as { job: unknown; progress: unknown };
    res.json({ job: snap.job, progress: snap.progress, state: printer.stateText });
  });

  r.post('/api/job', requirePermission(state, 'PRINT'), (req, res) => {
    const body = bodyOf(req);
    const conflict = (error: string) => res.status(409).json({ error });
    const s = printer.stateId;
    const activeJob = ['PRINTING', 'PAUSING', 'PAUSED', 'RESUMING', 'STARTING'].includes(s);
    if (!printer.operational) return conflict('Printer is not operational');
    switch (body.command) {
      case 'start':
        if (activeJob) return conflict('Printer is already printing');
        if (!printer.job.file) return conflict('No file selected');
        printer.job.start();
        break;
      case 'restart':
        if (s !== 'PAUSED') return conflict('Printer is not paused, cannot restart');
        printer.job.cancel();
        printer.job.start();
        break;
      case 'pause': {
        if (!activeJob) return conflict('Printer is neither printing nor paused, cannot pause');
        const action = body.action ?? 'toggle';
        if (action === 'pause' || (action === 'toggle' && s === 'PRINTING')) {
          if (s === 'PRINTING') printer.job.pause();
        } else if (action === 'resume' || action === 'toggle') {
          if (s === 'PAUSED') printer.job.resume();
        } else return res.status(400).json({ error: 'Unknown action' });
        break;
      }
      case 'cancel':
        if (!activeJob) return conflict('Printer is neither printing nor paused, cannot cancel');
        printer.job.cancel();
        break;
      default:
        return res.status(400).json({ error: 'Unknown command' });
    }
    res.status(204).end();
  });

  return r;
}
