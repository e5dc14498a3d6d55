// A card of the dashboard: a heading that collapses it (remembered on this device) and its content.
import type { ReactNode } from 'react';
import { AppIcon } from './app-icons.tsx';
import { useCollapsed } from './collapsed-cards.ts';

export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [collapsed, toggle] = useCollapsed(id);
  return (
    <section className={`card card-${id}`} aria-labelledby={`${id}-heading`}>
      <div className="card-head">
        <h2 id={`${id}-heading`}>
          <button
            type="button"
            className="card-toggle"
            aria-expanded={!collapsed}
            aria-controls={`${id}-body`}
            onClick={toggle}
          >
            <AppIcon name="chevron" />
            {title}
          </button>
        </h2>
      </div>
      <div className="card-body" id={`${id}-body`} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
