// The chart's theme colours, read from CSS once per theme (never while drawing): the text colour and the state tokens.

/** State colours for the markings when the page defines no `--state-*` tokens (GitHub's dark palette). */
const FALLBACK: Record<string, string> = {
  printing: '#4493f8',
  paused: '#d29922',
  error: '#f85149',
  offline: '#8b949e',
  ready: '#3fb950',
};

export interface ChartColors {
  axis: string;
  states: Record<string, string>;
}

export function readChartColors(el: HTMLElement): ChartColors {
  const style = getComputedStyle(el);
  const states: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(FALLBACK))
    states[name] = style.getPropertyValue(`--state-${name}`).trim() || fallback;
  return { axis: style.color || '#888', states };
}
