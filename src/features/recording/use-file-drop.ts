// A file dropped anywhere on the page is opened as a recording (the opener loads in its own chunk).
import { useEffect } from 'react';

export function useFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      // Drop zones of their own (the file upload) handle their drops first and stop them there.
      if (!file || e.defaultPrevented) return;
      e.preventDefault();
      void import('./open-recording.ts').then((m) => m.openRecording(file));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
