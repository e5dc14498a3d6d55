// CORS as OctoPrint does it with allowCrossOrigin: echo the Origin, answer preflights, never allow credentials.
import type { NextFunction, Request, Response } from 'express';
import type { MockState } from '../state.ts';

/** With allowCrossOrigin off the server adds no CORS headers, and the browser refuses cross-origin answers. */
export const cors =
  (state: MockState) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get('Origin');
    if (!state.allowCrossOrigin) {
      next();
      return;
    }
    if (origin) res.set('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && origin) {
      const method = req.get('Access-Control-Request-Method');
      const headers = req.get('Access-Control-Request-Headers');
      if (method) res.set('Access-Control-Allow-Methods', method);
      if (headers) res.set('Access-Control-Allow-Headers', headers);
      res.set('Access-Control-Max-Age', '10');
      res.status(200).end();
      return;
    }
    next();
  };
