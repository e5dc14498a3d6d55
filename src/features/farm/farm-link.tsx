// The header's link to the farm view; a plain link (new tab, copy address) that navigates in place on a plain click.
import type { MouseEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { farmPath, navigate } from '../../store/route-store.ts';

export function FarmLink() {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(farmPath());
  };
  return (
    <a className="farm-link" href={farmPath()} onClick={onClick}>
      {t('farm.allPrinters')}
    </a>
  );
}
