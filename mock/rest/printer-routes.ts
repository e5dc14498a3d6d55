// REST for the printer: /api/printer, tool, bed, chamber targets, with OctoPrint's 204/400/409 answers.
import { Router } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { requirePermission } from './auth.ts';

function readings(printer: VirtualPrinter, filter: (id: string) => boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const h of printer.heaters) {
    if (filter(h.id)) out[h.id] = { ...h.reading(), offset: 0 };
  }
  return out;
}

export function printerRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();
  const status = requirePermission(state, 'STATUS');
  const control = requirePermission(state, 'CONTROL');
  const notOperational = { error: 'Printer is not operational' };

  r.get('/api/printer', status, (req, res) => {
    if (!printer.flags.operational) {
      res.status(409).json(notOperational);
      return;
    }
    const temperature: Record<string, unknown> = readings(printer, () => true);
    if (req.query.history === 'true') {
      const limit = Number(req.query.limit ?? 300);
      temperature.history = printer
        .tempHistory()
        .slice(-limit)
        .map(({ chamber: _chamber, ...p }) => p);
    }
    const snap = printer.snapshot() as { state: unknown };
    res.json({ sd: { ready: true }, state: snap.state, temperature });
  });

  r.get('/api/printer/tool', status, (_req, res) => {
    res.json(readings(printer, (id) => id.startsWith('tool')));
  });
  r.get('/api/printer/bed', status, (_req, res) => {
    res.json(readings(printer, (id) => id === 'bed'));
  });

  r.post('/api/printer/tool', control, (req, res) => {
    if (!printer.flags.operational) {
      res.status(409).json(notOperational);
      return;
    }
    const body = req.body as { command?: string; targets?: Record<string, unknown> };
    if (body.command !== 'target' || typeof body.targets !== 'object' || body.targets === null) {
      res.status(400).json({ error: 'Invalid command or targets' });
      return;
    }
    const entries = Object.entries(body.targets);
    for (const [id, v] of entries) {
      if (typeof v !== 'number' || !printer.heater(id === 'tool' ? 'tool0' : id)) {
        res.status(400).json({ error: `Invalid target for ${id}` });
        return;
      }
    }
    for (const [id, v] of entries) printer.setTarget(id === 'tool' ? 'tool0' : id, v as number);
    res.status(204).end();
  });

  r.post('/api/printer/bed', control, (req, res) => {
    if (!printer.flags.operational) {
      res.status(409).json(notOperational);
      return;
    }
    const body = req.body as { command?: string; target?: unknown };
    if (body.command !== 'target' || typeof body.target !== 'number') {
      res.status(400).json({ error: 'Invalid command or target' });
      return;
    }
    printer.setTarget('bed', body.target);
    res.status(204).end();
  });

  return r;
}
