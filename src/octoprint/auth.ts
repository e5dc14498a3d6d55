// Authentication providers for the socket: OctoPrint's passive login, as its own web UI does on every (re)connect.
import type { RestClient } from './rest-client.ts';
import type { AuthProvider } from './socket-types.ts';

/**
 * POST /api/login {"passive": true} with the API key (or the browser session) gives a fresh `name` and `session` for
 * `{"auth": "name:session"}`. OctoPrint's docs say `logout`/`stale`/`removed` need an active login, but for an API-key
 * client a passive login is that login, so reauthentication repeats it; the client caps how often in a row.
 */
export function passiveLoginAuth(rest: Pick<RestClient, 'passiveLogin'>): AuthProvider {
  return {
    login: async () => {
      const r = await rest.passiveLogin();
      return { name: r.name, session: r.session };
    },
  };
}
