// The job panel's own wording: how far OctoPrint's time-left estimate can be trusted.

/** OctoPrint's printTimeLeftOrigin, in the words and accuracy its own UI uses. */
export function estimateQuality(origin: string | null): {
  label: string;
  level: 'low' | 'medium' | 'good' | 'unknown';
} {
  switch (origin) {
    case 'linear':
      return { label: 'rough, from progress so far', level: 'low' };
    case 'analysis':
      return { label: 'from file analysis', level: 'medium' };
    case 'mixed-analysis':
      return { label: 'analysis mixed with progress', level: 'medium' };
    case 'average':
      return { label: 'from past prints', level: 'good' };
    case 'mixed-average':
      return { label: 'past prints mixed with progress', level: 'good' };
    case 'estimate':
      return { label: 'calculated estimate', level: 'good' };
    default:
      return { label: 'no estimate yet', level: 'unknown' };
  }
}
