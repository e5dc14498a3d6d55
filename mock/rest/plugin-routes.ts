// Plugin APIs: the Application Keys flow (the mock approves after a short delay), action_command_prompt and
// action_command_notification's list.
import { Router } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

export interface PluginOptions {
  /** Real milliseconds after which an app key request is approved. */
  appkeyDelayMs: number;
}

export function pluginRoutes(state: MockState, printer: VirtualPrinter, opts: PluginOptions): Router {
  const r = Router();
  const pending = state.appkeyRequests;

  r.get('/plugin/appkeys/probe', (_req, res) => {
    res.status(204).end();
  });
  r.post('/plugin/appkeys/request', (req, res) => {
    const body = bodyOf(req);
    if (typeof body.app !== 'string' || !body.app) return res.status(400).json({ error: 'No app name provided' });
    const token = state.token(16);
    const user = typeof body.user === 'string' && state.user(body.user) ? body.user : 'admin';
    pending.set(token, { app: body.app, user, decidedAt: Date.now() + opts.appkeyDelayMs, decision: null });
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res
      .status(201)
      .location(`${base}/plugin/appkeys/request/${token}`)
      .json({ app_token: token, auth_dialog: `${base}/plugin/appkeys/auth/${token}` });
  });
  r.get('/plugin/appkeys/request/:token', (req, res) => {
    const request = pending.get(req.params.token);
    if (!request) return res.status(404).json({ error: 'Unknown or expired app token' });
    const decision = request.decision ?? (state.appkeyManual || Date.now() < request.decidedAt ? null : 'allow');
    if (decision === null) return res.status(202).json({});
    pending.delete(req.params.token);
    if (decision === 'deny') return res.status(404).json({ error: 'Unknown or expired app token' });
    res.json({ api_key: state.user(request.user)?.apikey ?? null });
  });

  const interact = requirePermission(state, 'PLUGIN_ACTION_COMMAND_PROMPT_INTERACT');
  r.get('/api/plugin/action_command_prompt', interact, (_req, res) => {
    const p = printer.prompts.active;
    res.json(p ? { text: p.text, choices: p.choices } : {});
  });
  r.post('/api/plugin/action_command_prompt', interact, (req, res) => {
    const body = bodyOf(req);
    if (body.command !== 'select') return res.status(400).json({ error: 'Unknown command' });
    if (!printer.prompts.active) return res.status(409).json({ error: 'No active prompt' });
    if (!printer.prompts.select(Number(body.choice))) return res.status(400).json({ error: 'Invalid choice' });
    res.status(204).end();
  });

  r.get(
    '/api/plugin/action_command_notification',
    requirePermission(state, 'PLUGIN_ACTION_COMMAND_NOTIFICATION_SHOW'),
    (_req, res) => {
      res.json({ notifications: printer.notifications });
    },
  );

  return r;
}
