// Display formats for file sizes and dates (durations and filament: shared/format.ts).
import { formatNumber } from '../../shared/format.ts';
import { currentLocale } from '../../shared/i18n.ts';

export function formatBytes(n: number | null): string {
  if (n == null) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${formatNumber(n / 1024, 1)} KB`;
  if (n < 1024 ** 3) return `${formatNumber(n / 1024 ** 2, 1)} MB`;
  return `${formatNumber(n / 1024 ** 3, 2)} GB`;
}

export function formatDate(epochS: number | null): string {
  return epochS == null ? '–' : new Date(epochS * 1000).toLocaleString(currentLocale());
}
