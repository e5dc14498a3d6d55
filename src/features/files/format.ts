// Display formats for file sizes, durations and dates.
export function formatBytes(n: number | null): string {
  if (n == null) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDuration(s: number | null): string {
  if (s == null || !Number.isFinite(s)) return '–';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min` : `${Math.round(s)} s`;
}

export function formatFilament(mm: number | null): string {
  return mm == null ? '–' : `${(mm / 1000).toFixed(2)} m`;
}

export function formatDate(epochS: number | null): string {
  return epochS == null ? '–' : new Date(epochS * 1000).toLocaleString();
}
