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
  // A token may hold light-dark(), which a canvas cannot parse: a probe's computed colour is the resolved one.
  const probe = el.ownerDocument.createElement('span');
  probe.hidden = true;
  el.append(probe);
  const states: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(FALLBACK)) {
    const token = `--state-${name}`;
    probe.style.color = `var(${token})`;
    states[name] = style.getPropertyValue(token).trim() ? getComputedStyle(probe).color || fallback : fallback;
  }
  probe.remove();
  return { axis: style.color || '#888', states };
}
