// /api/files: list, multipart upload (multer) with select/print, select, slice, delete, and /downloads.
import { Router, type Request } from 'express';
import multer from 'multer';
import { fileEntry } from '../printer/files.ts';
import { slice } from '../printer/slicer.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState, MockUser } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 512 * 1024 * 1024 } });

const baseOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
const pathParam = (req: Request) => {
  const p = (req.params as { path?: string | string[] }).path;
  return Array.isArray(p) ? p.join('/') : (p ?? '');
};
const truthy = (v: unknown) => v === true || v === 'true';

export function fileRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();
  const list = requirePermission(state, 'FILES_LIST');
  const busy = (path: string) => printer.job.active && printer.job.file?.path === path && printer.stateId !== 'OPERATIONAL';

  const listing = (req: Request) => ({
    files: [...printer.files.files.values()].map((f) => fileEntry(f, baseOf(req))),
    free: 84268179456,
    total: 270553174016,
  });
  r.get('/api/files', list, (req, res) => res.json(listing(req)));
  r.get('/api/files/local', list, (req, res) => res.json(listing(req)));

  r.post('/api/files/local', requirePermission(state, 'FILES_UPLOAD'), upload.single('file'), (req, res) => {
    const file = req.file;
    if (!file) return res.status(400).json({ error: 'No file included' });
    const user = res.locals.user as MockUser;
    const body = bodyOf(req);
    const dir = typeof body.path === 'string' && body.path ? `${body.path.replace(/\/$/, '')}/` : '';
    const path = `${dir}${file.originalname}`;
    if (busy(path)) return res.status(409).json({ error: `Trying to overwrite file that is currently being printed: ${path}` });
    const stored = printer.files.add(path, file.buffer.toString('utf8'), user.name);
    const machine = stored.kind === 'machinecode';
    const select = machine && (truthy(body.select) || truthy(body.print)) && printer.stateId === 'OPERATIONAL';
    const print = select && truthy(body.print);
    const type = machine ? ['machinecode', 'gcode'] : ['model', 'stl'];
    printer.event('FileAdded', { storage: 'local', path, name: stored.name, type, operation: 'add' });
    printer.event('UpdatedFiles', { type: 'printables' });
    printer.event('Upload', { name: stored.name, path, target: 'local', select: truthy(body.select), print: truthy(body.print), effective_select: select, effective_print: print });
    if (machine) {
      printer.event('MetadataAnalysisStarted', { name: stored.name, path, origin: 'local', type: 'gcode' });
      printer.schedule(0.2, () => printer.event('MetadataAnalysisFinished', { name: stored.name, path, origin: 'local', result: stored.analysis }));
    }
    if (select) printer.job.select(stored, user.name);
    if (print) printer.job.start();
    const entry = fileEntry(stored, baseOf(req)) as { refs: { resource: string } };
    res.status(201).location(entry.refs.resource).json({
      done: true,
      effectivePrint: print,
      effectiveSelect: select,
      files: { local: { name: stored.name, origin: 'local', path, refs: entry.refs } },
    });
  });

  r.get('/api/files/local/*path', list, (req, res) => {
    const f = printer.files.get(pathParam(req));
    if (!f) return res.status(404).json({ error: `File not found on 'local': ${pathParam(req)}` });
    res.json(fileEntry(f, baseOf(req)));
  });

  r.post('/api/files/local/*path', requirePermission(state, 'FILES_SELECT'), (req, res) => {
    const f = printer.files.get(pathParam(req));
    if (!f) return res.status(404).json({ error: `File not found on 'local': ${pathParam(req)}` });
    const body = bodyOf(req);
    const user = res.locals.user as MockUser;
    if (body.command === 'select') {
      if (f.kind !== 'machinecode') return res.status(415).json({ error: 'Cannot select file for printing, not a machinecode file' });
      if (!printer.operational || ['PRINTING', 'PAUSED', 'PAUSING', 'STARTING'].includes(printer.stateId)) {
        return res.status(409).json({ error: 'Printer is already printing, cannot select a new file' });
      }
      printer.job.select(f, user.name);
      if (truthy(body.print)) printer.job.start();
      return res.status(204).end();
    }
    if (body.command === 'slice') {
      if (f.kind !== 'model') return res.status(415).json({ error: 'Cannot slice file, not a model file' });
      const { gcode } = slice(printer, { model: f.path, gcode: typeof body.gcode === 'string' ? body.gcode : undefined, user: user.name });
      return res.status(202).json({ done: false, name: gcode, origin: 'local', path: gcode });
    }
    res.status(400).json({ error: 'Unknown command' });
  });

  r.delete('/api/files/local/*path', requirePermission(state, 'FILES_DELETE'), (req, res) => {
    const path = pathParam(req);
    if (!printer.files.get(path)) return res.status(404).json({ error: `File not found on 'local': ${path}` });
    if (busy(path)) return res.status(409).json({ error: `Trying to delete a file that is currently in use: ${path}` });
    if (printer.job.file?.path === path) printer.job.deselect();
    printer.files.remove(path);
    printer.event('FileRemoved', { storage: 'local', path, name: path.split('/').at(-1), type: ['machinecode', 'gcode'], operation: 'remove' });
    printer.event('UpdatedFiles', { type: 'printables' });
    res.status(204).end();
  });

  r.get('/downloads/files/local/*path', requirePermission(state, 'FILES_DOWNLOAD'), (req, res) => {
    const f = printer.files.get(pathParam(req));
    if (!f) return res.status(404).json({ error: 'Not found' });
    res.type('text/plain').send(`${f.lines.join('\n')}\n`);
  });

  return r;
}
