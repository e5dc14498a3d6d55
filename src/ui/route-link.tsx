// A link to one of the page's own views: a plain link (new tab, copy address) that navigates in place on a plain click.
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../store/route-store.ts';

export function RouteLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a className={className} href={to} onClick={onClick}>
      {children}
    </a>
  );
}
