// A panel holding one list, shown only while the list has items (the printer's messages, slicing jobs).
import type { ReactNode } from 'react';
import { PanelSection } from './panel-section.tsx';

interface Props<T> {
  /** Names the heading's id (`<id>-heading`). */
  id: string;
  heading: string;
  items: readonly T[];
  listClass: string;
  testId: string;
  /** One `<li>` (with its key) per item. */
  children: (item: T) => ReactNode;
}

export function ListPanel<T>({ id, heading, items, listClass, testId, children }: Props<T>) {
  if (items.length === 0) return null;
  return (
    <PanelSection id={id} heading={heading}>
      <ul className={listClass} data-testid={testId}>
        {items.map(children)}
      </ul>
    </PanelSection>
  );
}
