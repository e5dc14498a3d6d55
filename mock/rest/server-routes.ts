// REST for the server itself: version, server, login (passive with a key), currentuser, connection, job, settings.
import { Router } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { requirePermission, userOf } from './auth.ts';

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

  r.post('/api/login', (req, res) => {
    const user = userOf(state, req);
    const body = (req.body ?? {}) as { passive?: unknown };
    if (!user) {
      // Without a key or cookie the real server fails the CSRF check first (octoprint-observed.md §2).
      res.status(400).json({ error: 'CSRF validation failed' });
      return;
    }
    if (body.passive !== true) {
      res.status(400).json({ error: 'CSRF validation failed' });
      return;
    }
    const perms = state.permissionsOf(user);
    res.json({
      _credentials_seen: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'),
      _is_external_client: false,
      _login_mechanism: 'apikey',
      active: true,
      admin: user.admin,
      apikey: user.apikey,
      groups: user.groups,
      name: user.name,
      needs: { group: user.groups, role: perms.map((p) => p.toLowerCase()) },
      permissions: [],
      roles: user.admin ? ['user', 'admin'] : ['user'],
      session: state.newSession(user),
      settings: {},
      user: true,
    });
  });

  r.get('/api/currentuser', (req, res) => {
    const user = userOf(state, req);
    if (!user) {
      res.json({ groups: ['guests'], name: null, permissions: [] });
      return;
    }
    res.json({ groups: user.groups, name: user.name, permissions: state.permissionsOf(user) });
  });

  r.get('/api/connection', status, (_req, res) => {
    res.json({
      current: { baudrate: 115200, port: 'VIRTUAL', printerProfile: '_default', state: printer.stateText },
      options: {
        baudratePreference: 115200,
        baudrates: [250000, 230400, 115200, 57600, 38400, 19200, 9600],
        portPreference: 'VIRTUAL',
        ports: ['VIRTUAL'],
        printerProfilePreference: '_default',
        printerProfiles: [{ id: '_default', name: 'Default' }],
      },
    });
  });

  r.get('/api/job', status, (_req, res) => {
    const snap = printer.snapshot() as { job: unknown; progress: unknown };
    res.json({ job: snap.job, progress: snap.progress, state: printer.stateText });
  });

  r.get('/api/settings', requirePermission(state, 'SETTINGS_READ'), (_req, res) => {
    res.json({
      api: { allowCrossOrigin: true },
      appearance: { name: '', color: 'default' },
      feature: { printCancelConfirmation: true, sdSupport: true, temperatureGraph: true },
      temperature: {
        cutoff: printer.options.cutoffMinutes,
        profiles: [
          { bed: 100, chamber: null, extruder: 210, name: 'ABS' },
          { bed: 60, chamber: null, extruder: 180, name: 'PLA' },
        ],
        sendAutomatically: false,
        sendAutomaticallyAfter: 1,
      },
      terminalFilters: [
        { name: 'Suppress temperature messages', regex: '(Send: (N\\d+\\s+)?M105)|(Recv:\\s+(ok\\s+([PBN]\\d+\\s+)*)?([BCLPR]|T\\d*):-?\\d+)' },
        { name: 'Suppress SD status messages', regex: '(Send: (N\\d+\\s+)?M27)|(Recv: SD printing byte)|(Recv: Not SD printing)' },
        { name: 'Suppress processing messages', regex: '(Recv: echo:busy: processing)|(Recv: echo:busy: paused for user)' },
        { name: 'Suppress wait responses', regex: 'Recv: wait' },
      ],
      webcam: { webcamEnabled: false, streamUrl: '', snapshotUrl: '' },
    });
  });

  return r;
}
