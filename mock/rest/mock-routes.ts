// The mock's own control surface: /mock/truth (ground truth for tests) and /mock/scenario (fault injection).
import { Router, type NextFunction, type Request, type Response } from 'express';
import { checkOrigin } from '../origin-guard.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';

export type ScenarioRunner = (name: string, params: Record<string, unknown>) => Promise<unknown> | unknown;

/** Temperature points per heater: [time, actual, target] triples, from the points as sent. */
function perHeater(printer: VirtualPrinter): Record<string, [number, number | null, number | null][]> {
  const out: Record<string, [number, number | null, number | null][]> = {};
  for (const p of printer.truth) {
    for (const [k, v] of Object.entries(p)) {
      if (k === 'time' || typeof v !== 'object') continue;
      (out[k] ??= []).push([p.time, v.actual, v.target]);
    }
  }
  return out;
}

/**
 * /mock needs no API key, so it takes the proxy's rule: no other website's page (no preflight answered either),
 * and no other machine unless allowRemote. Only IP and localhost hosts count, against DNS rebinding.
 */
export function mockControlGuard(allowRemote: boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const verdict = checkOrigin(
      { method: req.method, headers: req.headers, remoteAddress: req.socket.remoteAddress },
      { allowRemote, allowedHosts: [] },
    );
    if (verdict.allow) next();
    else res.status(403).json({ error: verdict.reason });
  };
}

export function mockRoutes(state: MockState, printer: VirtualPrinter, runScenario: ScenarioRunner): Router {
  const r = Router();
  r.get('/mock/truth', (_req, res) => {
    res.json({
      temps: printer.truth,
      tempClears: printer.truthClears,
      tempsByHeater: perHeater(printer),
      throttles: state.truth.throttles,
      currentsSent: state.truth.currentsSent,
      messagesSent: state.truth.messagesSent,
      sockets: state.pushSessions.size,
      authedSockets: [...state.pushSessions].filter((s) => s.authedUser).length,
      // Sockets that get `current`s: a subscription without its state part gets events only.
      stateSockets: [...state.pushSessions].filter((s) => s.subscription.wantsState).length,
      identity: state.identity,
      state: printer.stateText,
      // The job as a card shows it: file name and progress (completion %, seconds left).
      job: { file: printer.job.file?.name ?? null, progress: printer.job.progressJson() },
      speed: printer.clock.speed,
      serverTime: printer.clock.seconds(),
      slowRestMs: state.slowRestMs,
      down: state.down,
    });
  });
  r.post('/mock/scenario', async (req, res) => {
    const body: unknown = req.body;
    const params = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (typeof params.name !== 'string') {
      res.status(400).json({ error: 'scenario needs a name' });
      return;
    }
    try {
      const result = await runScenario(params.name, params);
      res.json({ ok: true, scenario: params.name, result: result ?? null });
    } catch (err) {
      res.status(400).json({ error: err instanceof Error ? err.message : String(err) });
    }
  });
  return r;
}
