// Push `plugin` messages into the activity store: OctoPrint's bundled action command notifications and prompts.
import type { PluginPayload } from '../octoprint/types.ts';
import { t } from '../shared/i18n.ts';
import { addFeed, addToast, newId, type ActivityStore } from './activity-store.ts';

function text(v: unknown, max = 500): string {
  if (typeof v !== 'string') return '';
  return v.length > max ? `${v.slice(0, max)}…` : v;
}

/** OctoPrint's bundled action_command_notification and action_command_prompt plugins. Others are ignored here. */
export function applyPlugin(store: ActivityStore, msg: PluginPayload, now: number): void {
  const data =
    typeof msg.data === 'object' && msg.data !== null && !Array.isArray(msg.data)
      ? (msg.data as Record<string, unknown>)
      : {};
  if (msg.plugin === 'action_command_notification') {
    const message = text(data.message);
    // An empty message is the server clearing its list (it does so on every printer disconnect).
    if (!message) {
      store.setState((s) => (s.notifications.length ? { notifications: [] } : s));
      return;
    }
    store.setState((s) => ({
      notifications: [...s.notifications.slice(-49), { id: newId(), at: now, text: message }],
    }));
    addFeed(store, {
      at: now,
      type: 'action:notification',
      category: 'notification',
      text: () => t('activity.printerSays', { message }),
    });
    addToast(store, { at: now, kind: 'info', title: () => t('activity.notification'), body: message });
    return;
  }
  if (msg.plugin === 'action_command_prompt') {
    const action = typeof data.action === 'string' ? data.action : 'show';
    if (action === 'close') {
      store.setState({ prompt: null });
      return;
    }
    if (action !== 'show') return;
    const choices = Array.isArray(data.choices) ? data.choices.map((c) => text(c, 100)).filter(Boolean) : [];
    const promptText = text(data.text);
    if (!promptText && choices.length === 0) return;
    store.setState({ prompt: { id: newId(), text: promptText, choices } });
    addFeed(store, {
      at: now,
      type: 'action:prompt',
      category: 'notification',
      text: () => t('activity.printerAsks', { text: promptText }),
    });
  }
}
