// Display formats for file sizes and dates (durations and filament: shared/format.ts).
export function formatBytes(n: number | null): string {
  if (n == null) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDate(epochS: number | null): string {
  return epochS == null ? '–' : new Date(epochS * 1000).toLocaleString();
}
