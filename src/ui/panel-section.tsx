// A panel that brings its own section and heading (webcam, printer messages, slicing), labelled by that heading.
import type { ReactNode } from 'react';

interface Props {
  /** Names the heading's id (`<id>-heading`). */
  id: string;
  heading: string;
  className?: string;
  children: ReactNode;
}

export function PanelSection({ id, heading, className, children }: Props) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
