// The settings menu's link to the kiosk layout; a plain link (new tab, copy address) that navigates in place.
import { t } from '../../shared/i18n.ts';
import { kioskPath } from '../../store/route-store.ts';
import { RouteLink } from '../../ui/route-link.tsx';

export function KioskLink() {
  return (
    <RouteLink to={kioskPath()} className="farm-link">
      {t('kiosk.link')}
    </RouteLink>
  );
}
