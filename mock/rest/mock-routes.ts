// The mock's own control surface: /mock/truth (ground truth for tests) and /mock/scenario (fault injection).
import { Router } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';

export type ScenarioRunner = (name: string, params: Record<string, unknown>) => Promise<unknown> | unknown;

export function mockRoutes(state: MockState, printer: VirtualPrinter, runScenario: ScenarioRunner): Router {
  const r = Router();
  r.get('/mock/truth', (_req, res) => {
    res.json({
      temps: printer.truth,
      throttles: state.truth.throttles,
      currentsSent: state.truth.currentsSent,
      messagesSent: state.truth.messagesSent,
      sockets: state.pushSessions.size,
      identity: state.identity,
    });
  });
  r.post('/mock/scenario', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.name !== 'string') {
      res.status(400).json({ error: 'scenario needs a name' });
      return;
    }
    try {
      const result = await runScenario(body.name, body);
      res.json({ ok: true, scenario: body.name, result: result ?? null });
    } catch (err) {
      res.status(400).json({ error: String((err as Error).message ?? err) });
    }
  });
  return r;
}
