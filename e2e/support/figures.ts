// Figures the reliability specs measure, one JSON file per spec under test-results/reliability/, for the README table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { SOAK } from './reliability-params.ts';

/** `npm run soak` points this elsewhere, so a concurrent Playwright run (which empties test-results/) cannot wipe it. */
export const FIGURES_DIR = process.env.RELIABILITY_FIGURES_DIR ?? 'test-results/reliability';

export function recordFigures(name: string, figures: Record<string, string | number | boolean>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(
    `${FIGURES_DIR}/${name}.json`,
    JSON.stringify({ name, soak: SOAK, at: new Date().toISOString(), figures }, null, 2),
  );
}
