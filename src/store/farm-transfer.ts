// The server list as a JSON file: export (API keys only when asked) and import (checked field by field, never trusted).
import { t } from '../shared/i18n.ts';
import { serverId, type SavedServer } from './servers-store.ts';

export const TRANSFER_FORMAT = 'octoprint-live/servers';

export function exportServers(servers: readonly SavedServer[], includeKeys: boolean): string {
  const list = servers.map((s) => ({
    name: s.name,
    url: s.url,
    ...(includeKeys && s.apiKey ? { apiKey: s.apiKey } : {}),
  }));
  return `${JSON.stringify({ format: TRANSFER_FORMAT, version: 1, servers: list }, null, 2)}\n`;
}

export type ImportResult = { ok: true; servers: Omit<SavedServer, 'lastUsed'>[] } | { ok: false; error: string };

export function importServers(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const root = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = Array.isArray(raw) ? raw : root.servers;
  if (!Array.isArray(list)) return { ok: false, error: 'no "servers" list in the file' };
  const servers = list.flatMap((o: unknown) => {
    const r = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
    if (typeof r.url !== 'string' || (r.url !== '' && !/^https?:\/\/[^\s]+$/i.test(r.url))) return [];
    const url = r.url.replace(/\/+$/, '');
    const apiKey = typeof r.apiKey === 'string' && r.apiKey.length <= 200 ? r.apiKey : null;
    const name = (typeof r.name === 'string' && r.name.trim() ? r.name : url || t('farm.thisServer')).slice(0, 100);
    return [{ id: serverId(url), name, url, apiKey, remember: apiKey !== null }];
  });
  if (servers.length === 0) return { ok: false, error: 'no server with an http(s) address in the file' };
  return { ok: true, servers };
}
