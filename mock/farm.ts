// A farm of mock OctoPrints on consecutive ports, each with its own name, colour, seed, key and state.
import { disconnect, fatalError } from './printer/connection.ts';
import { startMock, type MockOptions, type MockServer } from './server.ts';

/** What a farm printer is doing when the farm starts; the roles repeat in this order, printing fills the rest. */
export type FarmRole = 'printing' | 'paused' | 'offline' | 'error' | 'refused-key' | 'idle';

export const FARM_ROLES: readonly FarmRole[] = [
  'printing',
  'paused',
  'offline',
  'error',
  'refused-key',
  'printing',
  'idle',
];

const NAMES = [
  'Prusa',
  'Ender',
  'Voron',
  'Bambu',
  'Anycubic',
  'Creality',
  'Sovol',
  'Elegoo',
  'Artillery',
  'Qidi',
  'Flashforge',
  'Kingroon',
];
const COLOURS = ['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'black', 'white', 'default'];

export interface FarmPrinter {
  mock: MockServer;
  name: string;
  color: string;
  role: FarmRole;
  /** The key to save for it: for `refused-key`, a key the server no longer accepts. */
  apiKey: string;
}

export interface Farm {
  printers: FarmPrinter[];
  close(): Promise<void>;
}

export interface FarmOptions extends Partial<MockOptions> {
  count: number;
  /** Seconds a print at speed 1 takes; each printer's is a little longer, so they finish apart. */
  printSeconds?: number;
  /** Roles to cycle through instead of FARM_ROLES (the bench: all printing). */
  roles?: readonly FarmRole[];
}

export function farmRole(index: number, roles: readonly FarmRole[] = FARM_ROLES): FarmRole {
  return roles[index % roles.length] ?? 'printing';
}

/** Sets a started mock into its role: a print at its own progress, paused, off, in error, or its key revoked. */
function enterRole(mock: MockServer, role: FarmRole, index: number, printSeconds: number): void {
  const { printer } = mock;
  if (role === 'offline') {
    disconnect(printer);
    return;
  }
  if (role === 'idle' || role === 'refused-key') return;
  printer.setTarget('tool0', 200 + (index % 4) * 5);
  printer.setTarget('bed', 60);
  if (role === 'error') {
    fatalError(printer);
    return;
  }
  const seconds = printSeconds + index * 30;
  mock.scenario('print', { seconds });
  // Each print starts at its own point, so the cards show different progress.
  printer.job.tick(seconds * (((index + 1) * 0.17) % 0.8));
  if (role === 'paused') printer.job.pause();
}

/** Starts `count` mocks from `port` (0: any free ports); printer i gets seed + i and the i-th name and colour. */
export async function startFarm(opts: FarmOptions): Promise<Farm> {
  const { count, printSeconds = 1800, roles = FARM_ROLES, ...mockOpts } = opts;
  const basePort = mockOpts.port ?? 5001;
  const baseSeed = mockOpts.seed ?? 1;
  const printers: FarmPrinter[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const name = `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`;
      const color = COLOURS[i % COLOURS.length] ?? 'default';
      const apiKey = `MOCK-FARM-KEY-${String(i + 1).padStart(2, '0')}`;
      const mock = await startMock({
        ...mockOpts,
        port: basePort === 0 ? 0 : basePort + i,
        seed: baseSeed + i,
        apiKey,
        settings: { ...mockOpts.settings, appearanceName: name, appearanceColor: color },
      });
      const role = farmRole(i, roles);
      // As when the user deleted the key in OctoPrint: the key printed and saved is refused from now on.
      if (role === 'refused-key') mock.scenario('revoke-key', {});
      enterRole(mock, role, i, printSeconds);
      printers.push({ mock, name, color, role, apiKey });
    }
  } catch (e) {
    await Promise.all(printers.map((p) => p.mock.close()));
    throw e;
  }
  return { printers, close: async () => void (await Promise.all(printers.map((p) => p.mock.close()))) };
}
