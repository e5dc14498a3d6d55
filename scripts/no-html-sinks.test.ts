// The app's source has no HTML or code sinks: network text can only ever be rendered as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /createContextualFragment/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('no HTML sinks in src/', () => {
  it('finds none of innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write, eval, new Function', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return SINKS.filter((re) => re.test(text)).map((re) => `${f}: ${re.source}`);
    });
    expect(hits).toEqual([]);
  });
});
