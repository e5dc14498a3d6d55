// REST reads after each (re)login: the server's settings (chart cutoff, name, colour, webcam, profiles), an already open prompt, and
// the printer's notifications so far.
import type { RestClient } from '../octoprint/rest-client.ts';
import { newId, type ActionNotification, type ActivityStore } from './activity-store.ts';
import { applyPlugin } from './apply-plugin.ts';
import { cutoffFromSettings, type PreferencesStore } from './preferences-store.ts';
import { narrowServerSettings, type ServerSettingsStore } from './server-settings.ts';

/** The stores one /api/settings answer feeds (it is read once per connect). */
export interface RefreshTargets {
  preferences: PreferencesStore;
  serverSettings: ServerSettingsStore;
  activity: ActivityStore;
}

export async function refreshOnReady(rest: Pick<RestClient, 'get'>, to: RefreshTargets): Promise<void> {
  const { activity } = to;
  await Promise.allSettled([
    rest
      .get('/api/settings')
      .then((body) => {
        // The server's cutoff is the chart window's default until the person picks one.
        const cutoff = cutoffFromSettings(body);
        if (cutoff !== null) to.preferences.setState({ serverCutoff: cutoff });
        to.serverSettings.setState(narrowServerSettings(body));
      })
      .finally(() => to.serverSettings.setState({ read: true })),
    // OctoPrint only pushes a prompt when it opens; one opened while we were away is read here, as its own UI does.
    readPrompt(rest, activity),
    readNotifications(rest, activity),
  ]);
  // A failed read (no permission, older server) keeps the defaults: 30 min window, no prompt.
}

/** The open prompt over REST; a prompt pushed while the read is in flight is newer than its answer and wins. */
async function readPrompt(rest: Pick<RestClient, 'get'>, activity: ActivityStore): Promise<void> {
  let pushedMeanwhile = false;
  const unsubscribe = activity.subscribe((s, prev) => {
    if (s.prompt !== prev.prompt) pushedMeanwhile = true;
  });
  try {
    const body = await rest.get('/api/plugin/action_command_prompt');
    if (pushedMeanwhile) return;
    const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (typeof b.text === 'string' && Array.isArray(b.choices)) {
      applyPlugin(
        activity,
        { plugin: 'action_command_prompt', data: { action: 'show', text: b.text, choices: b.choices } },
        Date.now(),
      );
    } else {
      activity.setState({ prompt: null });
    }
  } finally {
    unsubscribe();
  }
}

/**
 * action_command_notification's list: what the printer said before this page connected (OctoPrint's own UI reads it
 * the same way). It replaces the local list; one pushed while the read was in flight is kept after it.
 */
async function readNotifications(rest: Pick<RestClient, 'get'>, activity: ActivityStore): Promise<void> {
  const before = new Set(activity.getState().notifications);
  const body = await rest.get('/api/plugin/action_command_notification');
  const list =
    typeof body === 'object' && body !== null ? (body as { notifications?: unknown }).notifications : undefined;
  if (!Array.isArray(list)) return;
  const fromServer: ActionNotification[] = [];
  for (const n of list.slice(-50)) {
    const { message, timestamp } = (typeof n === 'object' && n !== null ? n : {}) as {
      message?: unknown;
      timestamp?: unknown;
    };
    if (typeof message !== 'string' || !message) continue;
    const at = typeof timestamp === 'number' && Number.isFinite(timestamp) ? timestamp * 1000 : Date.now();
    fromServer.push({ id: newId(), at, text: message.length > 500 ? `${message.slice(0, 500)}…` : message });
  }
  const pushedMeanwhile = activity
    .getState()
    .notifications.filter((n) => !before.has(n) && !fromServer.some((s) => s.text === n.text));
  activity.setState({ notifications: [...fromServer, ...pushedMeanwhile] });
}
