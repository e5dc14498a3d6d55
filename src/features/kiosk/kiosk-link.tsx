// The settings menu's link to the kiosk layout; a plain link (new tab, copy address) that navigates in place.
import type { MouseEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { kioskPath, navigate } from '../../store/route-store.ts';

export function KioskLink() {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(kioskPath());
  };
  return (
    <a className="farm-link" href={kioskPath()} onClick={onClick}>
      {t('kiosk.link')}
    </a>
  );
}
