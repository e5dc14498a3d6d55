// Browser signals that the network may be back: online, the tab visible again, a page restored from the bfcache.

/** Calls `kick` on online, visibilitychange to visible and pageshow; returns the function that stops listening. */
export function watchWindow(kick: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onVisible = () => {
    if (document.visibilityState === 'visible') kick();
  };
  window.addEventListener('online', kick);
  window.addEventListener('pageshow', kick);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('online', kick);
    window.removeEventListener('pageshow', kick);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
