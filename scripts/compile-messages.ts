// Vite plugin: the message catalogs (src/shared/messages/*.json, ICU strings) are compiled when they load, so the
// bundle carries Lingui's small runtime and ready messages, not the ICU parser. Tests (Vitest) compile at runtime.
import { readFileSync } from 'node:fs';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]src[\\/]shared[\\/]messages[\\/][\w-]+\.json$/;

/** A catalog's ICU strings compiled to Lingui's message form (still JSON, so Vite's JSON plugin takes it on). */
export function compileCatalog(source: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).map(([id, message]) => [id, compileMessage(message)]));
}

export function compileMessages(): Plugin {
  return {
    name: 'compile-messages',
    enforce: 'pre',
    load(id) {
      if (!CATALOG.test(id)) return null;
      const source = JSON.parse(readFileSync(id, 'utf8')) as Record<string, string>;
      return JSON.stringify(compileCatalog(source));
    },
  };
}
