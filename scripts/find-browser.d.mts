// Types for find-browser.mjs (plain JS so that `node` runs it before anything is compiled).
export function findChromium(): string | null | undefined;
