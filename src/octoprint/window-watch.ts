// Browser signals about the network: online, the tab visible again, a page restored from the bfcache (it may be
// back), and offline (it is gone).

/**
 * Calls `kick` on online, visibilitychange to visible and pageshow, and `offline` on the browser's offline event;
 * returns the function that stops listening.
 */
export function watchWindow(kick: () => void, offline: () => void = () => {}): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onVisible = () => {
    if (document.visibilityState === 'visible') kick();
  };
  window.addEventListener('online', kick);
  window.addEventListener('offline', offline);
  window.addEventListener('pageshow', kick);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('online', kick);
    window.removeEventListener('offline', offline);
    window.removeEventListener('pageshow', kick);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
