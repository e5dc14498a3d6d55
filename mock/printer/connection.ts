// Serial connection life cycle of the virtual printer: disconnect, connect and a firmware fatal error,
// with the events, plugin messages and temperature points in the order a real OctoPrint 1.11.8 produced them.
import type { VirtualPrinter } from './virtual-printer.ts';

export const FATAL_ERROR = 'Thermal Runaway, system stopped! Heater_ID: bed - Printer halted. kill() called!';

function closed(p: VirtualPrinter): void {
  p.event('UpdatedFiles', { type: 'printables' });
  p.job.deselect();
  p.event('Disconnected', null);
  p.clearNotifications();
  p.plugin('firmware_check', { type: 'update' });
}

export function disconnect(p: VirtualPrinter): boolean {
  if (!p.connected) return false;
  if (p.job.active) p.job.cancel();
  p.event('Disconnecting', null);
  p.log('Closing down send loop');
  closed(p);
  p.setState('OFFLINE');
  p.event('ConnectionsAutorefreshed', { ports: ['/dev/ttyS0', 'VIRTUAL'] });
  p.markings.push({ type: 'disconnected', label: 'Disconnected', time: p.clock.seconds() });
  p.addPoint(true);
  return true;
}

/** Opening serial connection -> Connecting -> Operational, a few printer milliseconds apart. */
export function connect(p: VirtualPrinter): boolean {
  if (p.connected || p.stateId === 'OPEN_SERIAL' || p.stateId === 'CONNECTING') return false;
  p.stateError = '';
  // The temperature backlog that `history` carries starts afresh with each printer connection.
  p.clearHistory();
  p.event('Connecting', null);
  p.setState('OPEN_SERIAL');
  p.schedule(0.004, () => {
    p.setState('CONNECTING');
    p.log(
      "Connected to: VIRTUAL(read_timeout=10.0,write_timeout=10.0,options={'enabled': True, '_config_version': 1}), starting monitor",
    );
    p.log('Recv: start');
    p.log('Recv: Marlin: Virtual Marlin!');
    p.message('start');
    p.message('Marlin: Virtual Marlin!');
    p.schedule(0.004, () => {
      p.setState('OPERATIONAL');
      p.markings.push({ type: 'connected', label: 'Connected', time: p.clock.seconds() });
      p.event('Connected', { port: 'VIRTUAL', baudrate: 115200 });
      p.event('FirmwareData', {
        name: 'Virtual Marlin 1.0',
        data: { FIRMWARE_NAME: 'Virtual Marlin 1.0', PROTOCOL_VERSION: '1.0' },
      });
      p.event('UpdatedFiles', { type: 'printables' });
      p.addPoint();
    });
  });
  return true;
}

/** `!!DEBUG:trigger_fatal_error_marlin`: Error -> "Offline after error" with the message in state.error. */
export function fatalError(p: VirtualPrinter, message = FATAL_ERROR): boolean {
  if (!p.connected) return false;
  const failedPrint = p.job.active && p.stateId !== 'OPERATIONAL';
  p.log(`Recv: Error:${message}`);
  p.stateError = message;
  p.setState('ERROR');
  // OctoPrint ends a print the firmware killed with PrintFailed, reason "error" (a cancel says "cancelled").
  if (failedPrint) p.job.failed();
  p.job.active = false;
  p.event('Error', {
    error: message,
    reason: 'firmware',
    consequence: 'emergency',
    faq: 'firmware-thermal-runaway',
    logs: p.logs.slice(-20),
  });
  p.event('EStop', null);
  closed(p);
  // The firmware restarts: heaters report ambient and off, then the port closes (a point without heaters).
  p.freshHeaters();
  p.addPoint();
  p.setState('CLOSED_WITH_ERROR');
  p.addPoint(true);
  p.markings.push({ type: 'disconnected', label: 'Disconnected', time: p.clock.seconds() });
  return true;
}

/**
 * A server restart: the new process knows nothing of the old one's lists or print. Temperatures start with the
 * printer's (auto)connection, markings with its `connected` marking, the terminal with its first lines.
 */
export function restartProcess(p: VirtualPrinter): void {
  // The print died with the old process, and the virtual printer (part of it) starts cold and idle.
  const wasConnected = p.connected;
  p.job.active = false;
  p.job.file = null;
  p.job.everSelected = false;
  p.job.currentZ = null;
  p.stateError = '';
  p.offsets = {};
  p.freshHeaters();
  if (wasConnected) p.stateId = 'OPERATIONAL';
  p.clearHistory();
  p.logs = [];
  p.messages = [];
  p.markings = p.connected ? [{ type: 'connected', label: 'Connected', time: p.clock.seconds() }] : [];
  p.timelapse.renderJob = null;
  if (p.connected) {
    p.log('Changing monitoring state from "Connecting" to "Operational"');
    p.addPoint();
  }
}
