// A small G-code analysis in the shape of OctoPrint's gcodeAnalysis: areas, dimensions, filament and an estimate.

export interface Area {
  maxX: number;
  maxY: number;
  maxZ: number;
  minX: number;
  minY: number;
  minZ: number;
}

export interface GcodeAnalysis {
  printingArea: Area;
  dimensions: { depth: number; height: number; width: number };
  travelArea: Area;
  travelDimensions: { depth: number; height: number; width: number };
  estimatedPrintTime: number;
  filament: { tool0: { length: number; volume: number } };
}

/** Printer seconds the virtual printer needs per G-code line (the recorded 60-line file printed in about 4 s). */
export const SECONDS_PER_LINE = 0.07;

function emptyArea(): Area {
  return { maxX: -Infinity, maxY: -Infinity, maxZ: -Infinity, minX: Infinity, minY: Infinity, minZ: Infinity };
}

function grow(a: Area, x: number, y: number, z: number): void {
  a.maxX = Math.max(a.maxX, x);
  a.minX = Math.min(a.minX, x);
  a.maxY = Math.max(a.maxY, y);
  a.minY = Math.min(a.minY, y);
  a.maxZ = Math.max(a.maxZ, z);
  a.minZ = Math.min(a.minZ, z);
}

function finite(a: Area): Area {
  const fix = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);
  return {
    maxX: fix(a.maxX),
    maxY: fix(a.maxY),
    maxZ: fix(a.maxZ),
    minX: fix(a.minX),
    minY: fix(a.minY),
    minZ: fix(a.minZ),
  };
}

const dims = (a: Area) => ({ depth: a.maxY - a.minY, height: a.maxZ - a.minZ, width: a.maxX - a.minX });

/** Z of a G0/G1 line, or null when it does not move Z. */
export function zOf(line: string): number | null {
  const m = /^G[01]\b[^;]*\bZ(-?[\d.]+)/i.exec(line);
  return m ? Number(m[1]) : null;
}

export function analyse(lines: readonly string[], duration?: number): GcodeAnalysis {
  const printing = emptyArea();
  const travel = emptyArea();
  let x = 0,
    y = 0,
    z = 0,
    e = 0,
    maxE = 0;
  for (const raw of lines) {
    const line = raw.split(';')[0]?.trim() ?? '';
    if (!/^G[01]\b/i.test(line)) continue;
    for (const m of line.matchAll(/([XYZE])(-?[\d.]+)/gi)) {
      const v = Number(m[2]);
      const axis = (m[1] ?? '').toUpperCase();
      if (axis === 'X') x = v;
      else if (axis === 'Y') y = v;
      else if (axis === 'Z') z = v;
      else e = v;
    }
    grow(travel, x, y, z);
    if (e > maxE) {
      maxE = e;
      grow(printing, x, y, z);
    }
  }
  const p = finite(printing);
  const t = finite(travel);
  return {
    printingArea: p,
    dimensions: dims(p),
    travelArea: t,
    travelDimensions: dims(t),
    estimatedPrintTime: duration ?? Math.max(1, lines.length * SECONDS_PER_LINE),
    filament: { tool0: { length: Math.round(maxE * 1000) / 1000, volume: 0 } },
  };
}

/** The built-in test print: homing, `layers` square layers 0.2 mm apart, then the Z lift of the end script. */
export function builtInGcode(layers = 10): string {
  const out = ['; mock OctoPrint built-in print', 'G21', 'G90', 'M82', 'G28', 'G92 E0'];
  let e = 0;
  for (let l = 0; l < layers; l++) {
    const z = Math.round((0.3 + l * 0.2) * 10) / 10;
    out.push(`G1 Z${z} F600`, 'M117 Printing test');
    for (const [x, y] of [
      [10, 10],
      [80, 10],
      [80, 74],
      [10, 74],
      [10, 10],
    ] as const) {
      e += 2;
      out.push(`G1 X${x} Y${y} E${e} F1800`);
    }
  }
  out.push('G1 Z20 F600', 'M104 S0', 'M140 S0', 'M84');
  return `${out.join('\n')}\n`;
}
