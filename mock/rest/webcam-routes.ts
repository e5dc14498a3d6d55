// A fake classic webcam: an MJPEG stream and a snapshot, like mjpg-streamer behind OctoPrint; can be made to fail.
import { readFileSync } from 'node:fs';
import { Router } from 'express';
import type { MockState } from '../state.ts';

const FRAMES = [1, 2].map((i) => readFileSync(new URL(`../data/webcam-${i}.jpg`, import.meta.url)));
const BOUNDARY = 'mockwebcamframe';

export function webcamRoutes(state: MockState): Router {
  const r = Router();
  r.get('/webcam/snapshot', (_req, res) => {
    if (state.webcamDown) return res.status(503).end();
    res
      .type('image/jpeg')
      .set('Cache-Control', 'no-store')
      .send(FRAMES[Math.floor(Date.now() / 1000) % 2]);
  });
  r.get('/webcam/stream', (req, res) => {
    if (state.webcamDown) return res.status(503).end();
    const page = req.get('x-test-page') ?? '';
    const count = (by: number) => {
      state.webcamStreams += by;
      const n = (state.webcamStreamsByPage.get(page) ?? 0) + by;
      if (n > 0) state.webcamStreamsByPage.set(page, n);
      else state.webcamStreamsByPage.delete(page);
    };
    count(1);
    res.writeHead(200, {
      'Content-Type': `multipart/x-mixed-replace; boundary=${BOUNDARY}`,
      'Cache-Control': 'no-store',
    });
    let i = 0;
    const send = () => {
      if (state.webcamDown) {
        res.destroy();
        return;
      }
      const frame = FRAMES[i++ % 2] as Buffer;
      res.write(`--${BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: ${frame.length}\r\n\r\n`);
      res.write(frame);
      res.write('\r\n');
    };
    send();
    const timer = setInterval(send, 500);
    // The response's close, not the request's: it is the one that fires whichever side ends the stream (the
    // client going away, or the camera going down), and it fires once.
    res.once('close', () => {
      clearInterval(timer);
      count(-1);
    });
  });
  return r;
}
