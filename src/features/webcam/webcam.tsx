// The webcam: OctoPrint's MJPEG stream (or snapshots), paused while hidden or off-screen, retried when it fails.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../shared/i18n.ts';
import type { WebcamSettings } from '../../store/server-settings.ts';
import { useInView } from './use-in-view.ts';

const SNAPSHOT_MS = 2000;
const RETRY_MS = [2000, 4000, 8000, 15000];
/** Swapped in before an <img> goes away: removing the element alone does not end an MJPEG download in Chromium. */
const BLANK = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

function stopOnUnmount(img: HTMLImageElement | null) {
  if (!img) return;
  return () => {
    img.src = BLANK;
  };
}

export function Webcam({ settings, resolve }: { settings: WebcamSettings; resolve: (url: string) => string }) {
  const box = useRef<HTMLDivElement>(null);
  const active = useInView(box);
  const [failures, setFailures] = useState(0);
  const [retrying, setRetrying] = useState(false);
  const [tick, setTick] = useState(0);
  const mode = settings.streamUrl ? 'stream' : 'snapshot';

  useEffect(() => {
    if (!active || mode !== 'snapshot' || retrying) return;
    const t = setInterval(() => setTick((n) => n + 1), SNAPSHOT_MS);
    return () => clearInterval(t);
  }, [active, mode, retrying]);

  useEffect(() => {
    if (!retrying) return;
    const t = setTimeout(
      () => {
        setRetrying(false);
        setTick((n) => n + 1);
      },
      RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)],
    );
    return () => clearTimeout(t);
  }, [retrying, failures]);

  const base = resolve(mode === 'stream' ? settings.streamUrl : settings.snapshotUrl);
  // A fresh query for each snapshot and each retry; a stream keeps one URL while it plays.
  const src = `${base}${base.includes('?') ? '&' : '?'}_=${tick}`;
  const transform = [
    settings.flipH ? 'scaleX(-1)' : '',
    settings.flipV ? 'scaleY(-1)' : '',
    settings.rotate90 ? 'rotate(-90deg)' : '',
  ]
    .join(' ')
    .trim();

  return (
    // The box keeps the stream's aspect ratio whether it plays or not: a view that grew when it scrolled into sight
    // moved every control below it under the pointer.
    <div
      ref={box}
      className="webcam"
      data-testid="webcam"
      data-state={!active ? 'paused' : retrying ? 'retrying' : 'playing'}
      style={{ aspectRatio: settings.ratio }}
    >
      {active && !retrying ? (
        <img
          ref={stopOnUnmount}
          src={src}
          alt={t('webcam.alt')}
          style={transform ? { transform } : undefined}
          onLoad={() => setFailures(0)}
          onError={() => {
            setFailures((n) => n + 1);
            setRetrying(true);
          }}
        />
      ) : null}
      <p className="webcam-status" role="status">
        {!active ? t('webcam.paused') : retrying ? t('webcam.retrying', { n: failures }) : ''}
      </p>
    </div>
  );
}
