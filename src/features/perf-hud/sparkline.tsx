// A tiny SVG sparkline of recent values (no chart library needed for 60 points).

interface SparklineProps {
  values: readonly number[];
  label: string;
  /** The y-axis top; defaults to the largest value. */
  max?: number;
  width?: number;
  height?: number;
}

export function Sparkline({ values, label, max, width = 160, height = 32 }: SparklineProps) {
  const finite = values.filter(Number.isFinite);
  const top = Math.max(max ?? 0, ...finite, 1);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(height - (Math.max(0, v) / top) * (height - 2) - 1).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {values.length > 1 ? <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" /> : null}
    </svg>
  );
}
