// Printer-side scenarios: slow-rest, printer-error, print, reset, target, notify, prompt, slice, clock-step, speed and timelapse.
import { connect, fatalError, FATAL_ERROR } from '../printer/connection.ts';
import { BUILT_IN_FILE } from '../printer/files.ts';
import { slice } from '../printer/slicer.ts';
import type { MockServer } from '../server.ts';
import { bool, num, optStr, str, type Params } from './params.ts';

export function printerScenario(mock: MockServer, name: string, p: Params): unknown {
  const { printer, state } = mock;
  switch (name) {
    case 'slow-rest':
      state.slowRestMs = num(p, 'ms', 0, 0, 600_000);
      return { ms: state.slowRestMs };
    case 'printer-error': {
      const message = str(p, 'message', FATAL_ERROR);
      if (!fatalError(printer, message)) throw new Error('printer is not connected');
      return { state: printer.stateText, error: message };
    }
    case 'connect':
      connect(printer);
      return { state: printer.stateText };
    case 'print': {
      const file = str(p, 'file', BUILT_IN_FILE);
      const seconds = p.seconds === undefined ? undefined : num(p, 'seconds', 30, 0.1, 7 * 24 * 3600);
      if (printer.stateId !== 'OPERATIONAL') throw new Error(`printer is ${printer.stateText}, not Operational`);
      const f = file === BUILT_IN_FILE ? printer.files.builtIn(seconds) : printer.files.get(file);
      if (!f || f.kind !== 'machinecode') throw new Error(`no G-code file ${file}`);
      if (seconds !== undefined) f.duration = seconds;
      printer.job.select(f, 'admin');
      printer.job.start();
      return { file: f.path, seconds: f.duration, size: f.size };
    }
    case 'reset':
      state.slowRestMs = 0;
      state.downUntil = 0;
      for (const s of state.pushSessions) s.silentUntil = 0;
      printer.prompts.active = null;
      printer.reset();
      return { state: printer.stateText };
    case 'target': {
      const heater = str(p, 'heater', 'tool0');
      const target = num(p, 'target', 0, 0, 400);
      if (!printer.setTarget(heater, target)) throw new Error(`no heater ${heater} or printer not connected`);
      return { heater, target };
    }
    case 'notify': {
      const message = str(p, 'message');
      printer.log(`Recv: //action:notification ${message}`);
      printer.notify(message);
      return { message };
    }
    case 'prompt': {
      const text = str(p, 'text');
      const choices = p.choices === undefined ? ['OK'] : p.choices;
      if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string'))
        throw new Error('choices must be an array of strings');
      printer.prompts.show(text, choices as string[]);
      return { text, choices };
    }
    case 'slice': {
      const model = str(p, 'model', 'mock_model.stl');
      if (!printer.files.get(model)) printer.files.add(model, 'solid mock\nendsolid mock\n', 'admin');
      const seconds = num(p, 'seconds', 2, 0.01, 3600);
      return slice(printer, { model, gcode: optStr(p, 'gcode'), fail: bool(p, 'fail'), seconds });
    }
    case 'clock-step': {
      // A Raspberry Pi without a real-time clock: hours behind after a power cut, then NTP jumps it forward.
      const seconds = num(p, 'seconds', 3600, -10 * 365 * 86400, 10 * 365 * 86400);
      printer.clock.step(seconds);
      printer.changed();
      return { seconds, serverTime: printer.clock.seconds() };
    }
    case 'speed':
      printer.clock.setSpeed(num(p, 'speed', 1, 0.1, 10_000));
      return { speed: printer.clock.speed };
    case 'timelapse': {
      const type = str(p, 'type', 'off');
      if (type === 'off') printer.timelapse.configure(null);
      else if (type === 'timed')
        printer.timelapse.configure({ type, options: { interval: num(p, 'interval', 10, 1, 3600) } });
      else if (type === 'zchange')
        printer.timelapse.configure({ type, options: { retractionZHop: num(p, 'retractionZHop', 0, 0, 100) } });
      else throw new Error('type must be off, timed or zchange');
      return { config: printer.timelapse.config };
    }
    case 'timelapse-render':
      return printer.timelapse.render({
        gcode: str(p, 'gcode', BUILT_IN_FILE),
        seconds: num(p, 'seconds', 3, 0.01, 3600),
        fail: bool(p, 'fail'),
      });
    default:
      return undefined;
  }
}
