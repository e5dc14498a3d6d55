// Initial bundle size: the scripts, module preloads and stylesheets a built index.html loads, gzip level 9.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Gzip bytes of the JavaScript the page loads before it runs (entry + modulepreloads). */
  initialJsGzip: number;
  initialJsRaw: number;
  cssGzip: number;
  /** Gzip bytes of every .js file in the build (lazy chunks too). */
  allJsGzip: number;
  files: string[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Asset paths the built index.html references, by kind. */
export function initialAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) js.add(m[1] as string);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) js.add(m[1] as string);
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1] as string);
  return { js: [...js], css: [...css] };
}

export function bundleSize(distDir: string): BundleSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const { js, css } = initialAssets(html);
  const read = (p: string) => readFileSync(join(distDir, p.replace(/^\.?\//, '')));
  const jsBufs = js.map(read);
  const assets = join(distDir, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return {
    initialJsGzip: jsBufs.reduce((a, b) => a + gz(b), 0),
    initialJsRaw: jsBufs.reduce((a, b) => a + b.length, 0),
    cssGzip: css.map(read).reduce((a, b) => a + gz(b), 0),
    allJsGzip: allJs.reduce((a, f) => a + gz(readFileSync(join(assets, f))), 0),
    files: [...js, ...css],
  };
}
