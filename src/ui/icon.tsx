// The frame every inline SVG icon shares (24-unit grid, stroked in the text colour, hidden from assistive tech).
import type { ReactNode } from 'react';

export function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
