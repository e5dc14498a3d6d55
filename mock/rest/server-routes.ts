// REST for the server itself: version, server, connection, printer profiles, timelapse and system commands.
import { Router } from 'express';
import { connect, disconnect } from '../printer/connection.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

export function serverRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();
  const status = requirePermission(state, 'STATUS');

  r.get('/api/version', status, (_req, res) => {
    const v = state.identity.version;
    res.json({ api: '0.1', server: v, text: `OctoPrint ${v}` });
  });
  r.get('/api/server', status, (_req, res) => {
    res.json({ safemode: null, version: state.identity.version });
  });

  r.get('/api/connection', status, (_req, res) => {
    const on = printer.connected;
    res.json({
      current: {
        baudrate: on ? 115200 : null,
        port: on ? 'VIRTUAL' : null,
        printerProfile: '_default',
        state: on ? printer.stateText : 'Closed',
      },
      options: {
        baudratePreference: 115200,
        baudrates: [250000, 230400, 115200, 57600, 38400, 19200, 9600],
        portPreference: 'VIRTUAL',
        ports: ['/dev/ttyS0', 'VIRTUAL'],
        printerProfilePreference: '_default',
        printerProfiles: [{ id: '_default', name: 'Default' }],
      },
    });
  });

  r.post('/api/connection', requirePermission(state, 'CONNECTION'), (req, res) => {
    const body = bodyOf(req);
    if (body.command === 'connect') {
      if (body.port !== undefined && body.port !== 'VIRTUAL') {
        res.status(400).json({ error: `Invalid port: ${String(body.port)}` });
        return;
      }
      connect(printer);
    } else if (body.command === 'disconnect') disconnect(printer);
    else if (body.command === 'fake_ack') printer.log('Recv: ok');
    else {
      res.status(400).json({ error: 'Unknown command' });
      return;
    }
    res.status(204).end();
  });

  r.get('/api/printerprofiles', status, (req, res) => {
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const extruders = printer.heaters.filter((h) => h.id.startsWith('tool')).length;
    res.json({
      profiles: {
        _default: {
          axes: {
            e: { inverted: false, speed: 300 },
            x: { inverted: false, speed: 6000 },
            y: { inverted: false, speed: 6000 },
            z: { inverted: false, speed: 200 },
          },
          color: 'default',
          current: true,
          default: true,
          extruder: {
            count: extruders,
            defaultExtrusionLength: 5,
            nozzleDiameter: 0.4,
            offsets: Array.from({ length: extruders }, () => [0, 0]),
            sharedNozzle: false,
          },
          heatedBed: true,
          heatedChamber: false,
          id: '_default',
          model: 'Generic RepRap Printer',
          name: 'Default',
          resource: `${base}/api/printerprofiles/_default`,
          volume: {
            custom_box: false,
            depth: 200,
            formFactor: 'rectangular',
            height: 200,
            origin: 'lowerleft',
            width: 200,
          },
        },
      },
    });
  });

  r.get('/api/timelapse', requirePermission(state, 'TIMELAPSE_LIST'), (_req, res) => {
    res.json({ config: { type: 'off' }, enabled: true, files: [] });
  });
  r.get('/api/system/commands', requirePermission(state, 'SYSTEM'), (_req, res) => {
    res.json({ core: [], custom: [], plugin: [] });
  });

  return r;
}
