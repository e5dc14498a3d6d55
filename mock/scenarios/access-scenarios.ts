// Access scenarios for "use with a real OctoPrint": CORS on/off, revoking a key, deciding an app-key request.
import type { MockServer } from '../server.ts';
import { bool, str, type Params } from './params.ts';

export function accessScenario(mock: MockServer, name: string, p: Params): unknown {
  const { state } = mock;
  switch (name) {
    case 'cors':
      state.allowCrossOrigin = bool(p, 'allow');
      return { allowCrossOrigin: state.allowCrossOrigin };
    case 'webcam':
      state.webcamDown = bool(p, 'down');
      return {
        down: state.webcamDown,
        streams: state.webcamStreams,
        byPage: Object.fromEntries(state.webcamStreamsByPage),
      };
    case 'revoke-key': {
      // As when the user deletes the key in OctoPrint: the old key stops working at once.
      const user = state.user(str(p, 'user', 'admin'));
      if (!user) throw new Error('unknown user');
      user.apikey = state.token(16);
      return { user: user.name };
    }
    case 'appkey-decision': {
      const decision = bool(p, 'allow') ? 'allow' : 'deny';
      let decided = 0;
      for (const r of state.appkeyRequests.values()) {
        if (r.decision === null) {
          r.decision = decision;
          decided++;
        }
      }
      return { decided, decision };
    }
    default:
      throw new Error(`unknown scenario ${name}`);
  }
}
