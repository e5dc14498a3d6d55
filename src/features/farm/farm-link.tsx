// The header's link to the farm view; a plain link (new tab, copy address) that navigates in place on a plain click.
import { t } from '../../shared/i18n.ts';
import { farmPath } from '../../store/route-store.ts';
import { RouteLink } from '../../ui/route-link.tsx';

export function FarmLink() {
  return (
    <RouteLink to={farmPath()} className="farm-link">
      {t('farm.allPrinters')}
    </RouteLink>
  );
}
