// The job panel's own wording: how far OctoPrint's time-left estimate can be trusted.
import { t, type MessageId } from '../../shared/i18n.ts';

type Level = 'low' | 'medium' | 'good' | 'unknown';

/** Each printTimeLeftOrigin OctoPrint sends, with the accuracy its own UI gives it. */
const QUALITY: Record<string, { label: MessageId; level: Level }> = {
  linear: { label: 'quality.linear', level: 'low' },
  analysis: { label: 'quality.analysis', level: 'medium' },
  'mixed-analysis': { label: 'quality.mixedAnalysis', level: 'medium' },
  average: { label: 'quality.average', level: 'good' },
  'mixed-average': { label: 'quality.mixedAverage', level: 'good' },
  estimate: { label: 'quality.estimate', level: 'good' },
};

/** OctoPrint's printTimeLeftOrigin, in the words and accuracy its own UI uses. */
export function estimateQuality(origin: string | null): { label: string; level: Level } {
  const q = (origin !== null && Object.hasOwn(QUALITY, origin) ? QUALITY[origin] : null) ?? {
    label: 'quality.none',
    level: 'unknown',
  };
  return { label: t(q.label), level: q.level };
}
