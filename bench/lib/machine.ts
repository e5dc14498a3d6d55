// What the bench ran on: cores, CPU, memory, Node, Chromium, commit and date, recorded with every result.
import { execSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';
import type { Machine } from '../report.ts';

export function machineInfo(browser: Browser): Machine {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    if (execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim())
      commit += ' (with local changes)';
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
    commit,
    loadAverage: loadavg(),
  };
}
