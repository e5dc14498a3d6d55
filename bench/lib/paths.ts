// Where the naive baseline is built: outside the repository, so linters and git never see its bundle.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NAIVE_DIST = join(tmpdir(), 'octoprint-live-bench-naive');
