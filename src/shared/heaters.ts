// OctoPrint heater ids for people: their names, their colours on the chart and their order in every list.
import { t } from './i18n.ts';

const COLORS: Record<string, string> = {
  tool0: '#e5534b',
  tool1: '#f0883e',
  tool2: '#57ab5a',
  tool3: '#a371f7',
  bed: '#539bf5',
  chamber: '#8b949e',
};

/** "Tool 0", "Bed", "Chamber"; an id OctoPrint may add later is shown as it is. */
export function heaterLabel(id: string): string {
  if (id === 'bed') return t('heater.bed');
  if (id === 'chamber') return t('heater.chamber');
  return id.startsWith('tool') ? t('heater.tool', { n: id.slice(4) }) : id;
}

/** The heater's line colour; one shared colour for ids without their own. */
export function heaterColor(id: string): string {
  return COLORS[id] ?? '#c69026';
}

/** Sort order: tool0..n first, then bed, then chamber, then anything else by name (tool10 after tool9). */
export function heaterOrder(a: string, b: string): number {
  const rank = (id: string) => (id.startsWith('tool') ? 0 : id === 'bed' ? 1 : id === 'chamber' ? 2 : 3);
  const d = rank(a) - rank(b);
  if (d !== 0) return d;
  return a.localeCompare(b, 'en', { numeric: true });
}
