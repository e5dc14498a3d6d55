import { describe, expect, it } from 'vitest';
import { initialAssets } from './bundle.ts';

describe('initialAssets', () => {
  it('finds the entry script, module preloads and stylesheets of a built index.html', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c.css">
      <link rel="icon" href="/favicon.svg">`;
    expect(initialAssets(html)).toEqual({
      js: ['/assets/index-a.js', '/assets/vendor-b.js'],
      css: ['/assets/index-c.css'],
    });
  });
});
