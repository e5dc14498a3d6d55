// Applies OctoPrint's appearance.color as the page's accent and the printer's swatch, so each printer's dashboard looks
// like its own UI.
import { useEffect } from 'react';
import { ACCENTS } from '../store/server-settings.ts';
import { useServerSettings } from '../store/services.tsx';

export function useInstanceAccent(): void {
  const color = useServerSettings((s) => s.color);
  useEffect(() => {
    const accent = ACCENTS[color];
    const root = document.documentElement;
    if (accent) {
      root.style.setProperty('--accent', accent);
      root.style.setProperty('--instance-color', accent);
    } else {
      root.style.removeProperty('--accent');
      root.style.removeProperty('--instance-color');
    }
    return () => {
      root.style.removeProperty('--accent');
      root.style.removeProperty('--instance-color');
    };
  }, [color]);
}
