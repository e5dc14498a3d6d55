// The README's Reliability section is rewritten between its markers only, from the recorded figures.
import { describe, expect, it } from 'vitest';
import { END, renderTable, replaceSection, START } from './reliability-table.mjs';

const figures = {
  restarts: {
    name: 'restarts',
    soak: true,
    figures: {
      restarts: 20,
      pointsCompared: 1800,
      missing: 0,
      duplicated: 0,
      backToLiveMedianMs: 900,
      backToLiveMaxMs: 1500,
    },
  },
  secrets: { name: 'secrets', soak: true, figures: { urlsAndConsoleLinesChecked: 40, leaks: 0 } },
};

describe('reliability table', () => {
  it('renders one row per recorded check, with its figures', () => {
    const t = renderTable(figures, '2026-01-01 00:00 UTC');
    expect(t).toContain(
      '| Server restarts during a print | 20 restarts | 1800 points compared: 0 missing, 0 duplicated;',
    );
    expect(t).toContain('| API key not remembered | 40 URLs and console lines | 0 leaks');
    expect(t).not.toContain('Fuzzed');
  });

  it('replaces only what is between the markers', () => {
    const readme = `# X\n\n## Reliability\n\nintro\n\n${START}\nold\n${END}\n\n## After\n`;
    const out = replaceSection(readme, 'NEW');
    expect(out).toBe(`# X\n\n## Reliability\n\nintro\n\n${START}\nNEW\n${END}\n\n## After\n`);
  });

  it('adds the section when the markers are missing', () => {
    expect(replaceSection('# X\n', 'T')).toBe(`# X\n\n## Reliability\n\n${START}\nT\n${END}\n`);
  });
});
