// REST for the printer: state, tool/bed/chamber, printhead, command, with OctoPrint's 204/400/409 answers.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { sendCommand } from '../printer/commands.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

function readings(printer: VirtualPrinter, filter: (id: string) => boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const h of printer.heaters) if (filter(h.id)) out[h.id] = { ...h.reading(), offset: printer.offsets[h.id] ?? 0 };
  return out;
}

/** The default printer profile's axis speeds (mm/min), which OctoPrint uses for jogs and extrusion. */
const AXIS_SPEED = { x: 6000, y: 6000, z: 200, e: 300 } as const;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function printerRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();
  const status = requirePermission(state, 'STATUS');
  const control = requirePermission(state, 'CONTROL');
  const operational = (_req: Request, res: Response, next: NextFunction) => {
    if (!printer.operational) res.status(409).json({ error: 'Printer is not operational' });
    else next();
  };
  const bad = (res: Response, error: string) => res.status(400).json({ error });
  const send = (lines: string[]) => {
    for (const l of lines) sendCommand(printer, printer.prompts, l);
  };

  r.get('/api/printer', status, operational, (req, res) => {
    const temperature: Record<string, unknown> = readings(printer, () => true);
    if (req.query.history === 'true') {
      const limit = Number(req.query.limit ?? 300);
      // REST history leaves `chamber` out, unlike the socket (docs/octoprint-observed.md §2).
      temperature.history = printer
        .tempHistory()
        .slice(-limit)
        .map(({ chamber: _chamber, ...p }) => p);
    }
    const snap = printer.snapshot() as { state: unknown };
    res.json({ sd: { ready: true }, state: snap.state, temperature });
  });

  r.get('/api/printer/tool', status, operational, (_req, res) => {
    res.json(readings(printer, (id) => id.startsWith('tool')));
  });
  r.get('/api/printer/bed', status, operational, (_req, res) => {
    res.json(readings(printer, (id) => id === 'bed'));
  });
  r.get('/api/printer/chamber', status, operational, (_req, res) => {
    res.status(409).json({ error: 'Printer does not have a heated chamber' });
  });

  r.post('/api/printer/tool', control, operational, (req, res) => {
    const body = bodyOf(req);
    if (body.command === 'target' || body.command === 'offset') {
      const targets = body[body.command === 'target' ? 'targets' : 'offsets'];
      if (typeof targets !== 'object' || targets === null) return bad(res, 'Invalid targets');
      const entries = Object.entries(targets);
      if (!entries.length || entries.some(([id, v]) => !isNum(v) || !/^tool\d+$/.test(id) || !printer.heater(id))) {
        return bad(res, 'Invalid target for tool');
      }
      for (const [id, v] of entries) {
        if (body.command === 'target') printer.setTarget(id, v as number);
        else printer.setOffset(id, v as number);
      }
    } else if (body.command === 'select') {
      if (typeof body.tool !== 'string' || !printer.heater(body.tool)) return bad(res, 'Invalid tool');
      send([`T${body.tool.slice(4)}`]);
    } else if (body.command === 'extrude') {
      if (printer.printing) return res.status(409).json({ error: 'Printer is currently printing' });
      if (!isNum(body.amount)) return bad(res, 'Invalid extrusion amount');
      // As a real 1.11.8 sends it (recorded): relative extrusion around the move, the profile's E speed.
      send(['G91', 'M83', `G1 E${body.amount} F${AXIS_SPEED.e}`, 'M82', 'G90']);
    } else if (body.command === 'flowrate') {
      if (!isNum(body.factor) || body.factor < 75 || body.factor > 125) return bad(res, 'Invalid flow rate factor');
      send([`M221 S${body.factor}`]);
    } else return bad(res, 'Unknown command');
    res.status(204).end();
  });

  r.post('/api/printer/bed', control, operational, (req, res) => {
    const body = bodyOf(req);
    if (body.command === 'target' && isNum(body.target)) printer.setTarget('bed', body.target);
    else if (body.command === 'offset' && isNum(body.offset)) printer.setOffset('bed', body.offset);
    else return bad(res, 'Invalid command or target');
    res.status(204).end();
  });
  r.post('/api/printer/chamber', control, operational, (_req, res) => {
    res.status(409).json({ error: 'Printer does not have a heated chamber' });
  });

  r.post('/api/printer/printhead', control, operational, (req, res) => {
    const body = bodyOf(req);
    // OctoPrint: no jog or home while a print runs (a paused print may be jogged); the feed rate is always allowed.
    if (printer.printing && body.command !== 'feedrate')
      return res.status(409).json({ error: 'Printer is not operational or currently printing' });
    if (body.command === 'jog') {
      const axes = (['x', 'y', 'z'] as const).filter((a) => body[a] !== undefined);
      if (axes.some((a) => !isNum(body[a]))) return bad(res, 'Invalid jog');
      const moves = axes.map((a) => `${a.toUpperCase()}${body[a] as number}`).join(' ');
      // OctoPrint jogs with G0 at the slowest speed of the axes moved (recorded: "G0 X10 Y-1 Z0.1 F200").
      const speed = isNum(body.speed) ? body.speed : Math.min(...axes.map((a) => AXIS_SPEED[a]));
      send(body.absolute ? [`G0 ${moves} F${speed}`] : ['G91', `G0 ${moves} F${speed}`, 'G90']);
    } else if (body.command === 'home') {
      const axes = body.axes;
      if (!Array.isArray(axes) || axes.some((a) => !['x', 'y', 'z'].includes(String(a))))
        return bad(res, 'Invalid axes');
      send(['G91', `G28 ${axes.map((a) => `${String(a).toUpperCase()}0`).join(' ')}`, 'G90']);
    } else if (body.command === 'feedrate') {
      if (!isNum(body.factor) || body.factor < 50 || body.factor > 200) return bad(res, 'Invalid feed rate factor');
      send([`M220 S${body.factor}`]);
    } else return bad(res, 'Unknown command');
    res.status(204).end();
  });

  r.post('/api/printer/command', control, operational, (req, res) => {
    const body = bodyOf(req);
    const lines = Array.isArray(body.commands)
      ? body.commands
      : typeof body.command === 'string'
        ? [body.command]
        : null;
    if (!lines || lines.some((l) => typeof l !== 'string')) return bad(res, 'Need command or commands');
    send(lines as string[]);
    res.status(204).end();
  });

  return r;
}
