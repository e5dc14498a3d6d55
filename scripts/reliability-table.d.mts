// Types for reliability-table.mjs (plain JS so that `npm run soak` needs no TypeScript loader).
export interface FigureRecord {
  name: string;
  soak: boolean;
  at?: string;
  figures: Record<string, string | number | boolean>;
}
export const START: string;
export const END: string;
export function readFigures(dir?: string): Record<string, FigureRecord>;
export function renderTable(figures: Record<string, FigureRecord>, when: string): string;
export function replaceSection(readme: string, table: string): string;
