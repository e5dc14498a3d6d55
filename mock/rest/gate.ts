// Fault gate in front of REST: refuses everything with 503 while the server is "down", adds slow-rest latency.
import type { NextFunction, Request, Response } from 'express';
import type { MockState } from '../state.ts';

export function gate(state: MockState) {
  return (req: Request, res: Response, next: NextFunction) => {
    // The mock's own control surface stays usable so tests can always end a fault.
    if (req.path.startsWith('/mock/')) return next();
    if (state.down) {
      res.status(503).json({ error: 'Service unavailable (mock restart)' });
      return;
    }
    if (state.slowRestMs > 0) setTimeout(next, state.slowRestMs);
    else next();
  };
}
