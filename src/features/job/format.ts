// The job panel's own wording: how far OctoPrint's time-left estimate can be trusted.
import { t } from '../../shared/i18n.ts';

/** OctoPrint's printTimeLeftOrigin, in the words and accuracy its own UI uses. */
export function estimateQuality(origin: string | null): {
  label: string;
  level: 'low' | 'medium' | 'good' | 'unknown';
} {
  switch (origin) {
    case 'linear':
      return { label: t('quality.linear'), level: 'low' };
    case 'analysis':
      return { label: t('quality.analysis'), level: 'medium' };
    case 'mixed-analysis':
      return { label: t('quality.mixedAnalysis'), level: 'medium' };
    case 'average':
      return { label: t('quality.average'), level: 'good' };
    case 'mixed-average':
      return { label: t('quality.mixedAverage'), level: 'good' };
    case 'estimate':
      return { label: t('quality.estimate'), level: 'good' };
    default:
      return { label: t('quality.none'), level: 'unknown' };
  }
}
