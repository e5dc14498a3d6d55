// /api/files: list (folders, recursive, SD card), multipart upload to local or SD (streamed) with select/print, folder
// creation, select, slice, delete, and /downloads.
import express, { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { cleanPath, fileEntry, folderEntry, localEntries, sanitizeFilename, sdEntry } from '../printer/files.ts';
import { slice } from '../printer/slicer.ts';
import { flagsOf } from '../printer/state-table.ts';
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
/** OctoPrint's valid_boolean_trues, for query parameters. */
const yes = (v: unknown) => ['true', 'yes', 'y', '1'].includes(String(v).toLowerCase());
const DISK = { free: 84268179456, total: 270553174016 };
/** Printer seconds a file takes to stream to the SD card. */
const SD_TRANSFER_S = 1;

export function fileRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();
  const list = requirePermission(state, 'FILES_LIST');
  const files = printer.files;
  const inside = (folder: string, path: string | undefined) => path !== undefined && path.startsWith(`${folder}/`);
  const printingNow = () => printer.job.active && printer.stateId !== 'OPERATIONAL';
  const busy = (path: string) => printingNow() && printer.job.file?.path === path;
  const sdReady = () => flagsOf(printer.stateId).sdReady;
  const sdFiles = (req: Request) => (sdReady() ? [...files.sd.values()].map((f) => sdEntry(f, baseOf(req))) : []);
  const localFiles = (req: Request) => localEntries(files, '', baseOf(req), yes(req.query.recursive) ? Infinity : 1);

  r.get('/api/files', list, (req, res) => res.json({ files: [...localFiles(req), ...sdFiles(req)], ...DISK }));
  r.get('/api/files/local', list, (req, res) => res.json({ files: localFiles(req), ...DISK }));
  r.get('/api/files/sdcard', list, (req, res) => res.json({ files: sdFiles(req) }));

  const createFolder = (req: Request, res: Response, folder: string, name: string) => {
    const path = cleanPath([folder, name].filter(Boolean).join('/'));
    if (!path) return res.status(400).json({ error: "Can't create a folder with an empty name" });
    const leaf = path.split('/').at(-1) ?? path;
    if (/\.(gcode|gco|g|stl)$/i.test(leaf))
      return res.status(409).json({ error: `Can't create a folder named ${leaf}, please try another name` });
    if (!files.addFolder(path))
      return res.status(409).json({ error: `File or folder does already exist on local: ${path}` });
    printer.event('FolderAdded', { storage: 'local', path, name: leaf });
    printer.event('UpdatedFiles', { type: 'printables' });
    const refs = { resource: `${baseOf(req)}/api/files/local/${path}` };
    res
      .status(201)
      .location(refs.resource)
      .json({ done: true, folder: { name: leaf, origin: 'local', path, refs } });
  };

  /** Streams a stored local file to the SD card as OctoPrint does (M28/M29); it is listed there once done. */
  const streamToSd = (local: string, display: string, size: number) => {
    const remote = files.sdNameFor(display);
    printer.event('TransferStarted', { local, remote });
    printer.log(`Send: M28 ${remote}`);
    printer.log(`Recv: Writing to file: ${remote}`);
    printer.schedule(SD_TRANSFER_S, () => {
      files.sd.set(remote, { name: remote, display, size });
      printer.log('Send: M29');
      printer.log('Recv: Done saving file.');
      printer.event('TransferDone', { local, remote, time: SD_TRANSFER_S });
      printer.event('UpdatedFiles', { type: 'printables' });
    });
    return remote;
  };

  r.post(
    '/api/files/:target',
    requirePermission(state, 'FILES_UPLOAD'),
    upload.single('file'),
    express.urlencoded({ extended: false }),
    (req, res) => {
      const target = (req.params as { target: string }).target;
      if (target !== 'local' && target !== 'sdcard')
        return res.status(404).json({ error: `Unknown target: ${target}` });
      const file = req.file;
      const user = res.locals.user as MockUser;
      const body = bodyOf(req);
      const dir = cleanPath(typeof body.path === 'string' ? body.path : '');
      if (dir === null) return res.status(400).json({ error: `Invalid path: ${String(body.path)}` });
      if (!file && typeof body.foldername === 'string' && target === 'local')
        return createFolder(req, res, dir, body.foldername);
      if (!file) return res.status(400).json({ error: 'No file to upload and no folder to create' });
      const sd = target === 'sdcard';
      if (sd && (!printer.operational || printer.printing || printer.stateId === 'PAUSED')) {
        return res
          .status(409)
          .json({ error: 'Can not upload to SD card, printer is either not operational or already busy' });
      }
      if (sd && !sdReady()) return res.status(409).json({ error: 'Can not upload to SD card, not yet initialized' });
      const safe = sanitizeFilename(file.originalname);
      if (!safe) return res.status(400).json({ error: `Invalid file name: ${file.originalname}` });
      const path = dir ? `${dir}/${safe}` : safe;
      if (busy(path))
        return res.status(409).json({ error: `Trying to overwrite file that is currently being printed: ${path}` });
      const stored = files.add(
        path,
        file.buffer.toString('utf8'),
        user.name,
        undefined,
        safe === file.originalname ? undefined : file.originalname,
      );
      const machine = stored.kind === 'machinecode';
      // A file streamed to the SD card is selected there once streamed, which the mock does not simulate.
      const select = !sd && machine && (truthy(body.select) || truthy(body.print)) && printer.stateId === 'OPERATIONAL';
      const print = select && truthy(body.print);
      const type = machine ? ['machinecode', 'gcode'] : ['model', 'stl'];
      printer.event('FileAdded', { storage: 'local', path, name: stored.name, type, operation: 'add' });
      printer.event('UpdatedFiles', { type: 'printables' });
      printer.event('Upload', {
        name: stored.name,
        path,
        target,
        select: truthy(body.select),
        print: truthy(body.print),
        effective_select: select,
        effective_print: print,
      });
      if (machine) {
        printer.event('MetadataAnalysisStarted', { name: stored.name, path, origin: 'local', type: 'gcode' });
        printer.schedule(0.2, () =>
          printer.event('MetadataAnalysisFinished', {
            name: stored.name,
            path,
            origin: 'local',
            result: stored.analysis,
          }),
        );
      }
      if (select) printer.job.select(stored, user.name);
      if (print) printer.job.start();
      const entry = fileEntry(stored, baseOf(req)) as { refs: { resource: string } };
      const out: Record<string, unknown> = { local: { name: stored.name, origin: 'local', path, refs: entry.refs } };
      if (sd && machine) {
        const remote = streamToSd(path, stored.name, stored.size);
        out.sdcard = {
          name: remote,
          origin: 'sdcard',
          path: remote,
          refs: { resource: `${baseOf(req)}/api/files/sdcard/${remote}` },
        };
      }
      const location =
        sd && machine ? (out.sdcard as { refs: { resource: string } }).refs.resource : entry.refs.resource;
      res
        .status(201)
        .location(location)
        .json({ done: !(sd && machine), effectivePrint: print, effectiveSelect: select, files: out });
    },
  );

  r.get('/api/files/local/*path', list, (req, res) => {
    const path = pathParam(req);
    const f = files.get(path);
    if (f) return res.json(fileEntry(f, baseOf(req)));
    if (files.folders.has(path))
      return res.json(folderEntry(files, path, baseOf(req), yes(req.query.recursive) ? Infinity : 1));
    res.status(404).json({ error: `File not found on 'local': ${path}` });
  });

  r.post('/api/files/local/*path', requirePermission(state, 'FILES_SELECT'), (req, res) => {
    const f = files.get(pathParam(req));
    if (!f) return res.status(404).json({ error: `File not found on 'local': ${pathParam(req)}` });
    const body = bodyOf(req);
    const user = res.locals.user as MockUser;
    if (body.command === 'select') {
      if (f.kind !== 'machinecode')
        return res.status(415).json({ error: 'Cannot select file for printing, not a machinecode file' });
      if (!printer.operational || ['PRINTING', 'PAUSED', 'PAUSING', 'STARTING'].includes(printer.stateId)) {
        return res.status(409).json({ error: 'Printer is already printing, cannot select a new file' });
      }
      printer.job.select(f, user.name);
      if (truthy(body.print)) printer.job.start();
      return res.status(204).end();
    }
    if (body.command === 'slice') {
      if (f.kind !== 'model') return res.status(415).json({ error: 'Cannot slice file, not a model file' });
      const { gcode } = slice(printer, {
        model: f.path,
        gcode: typeof body.gcode === 'string' ? body.gcode : undefined,
        user: user.name,
      });
      return res.status(202).json({ done: false, name: gcode, origin: 'local', path: gcode });
    }
    res.status(400).json({ error: 'Unknown command' });
  });

  r.delete('/api/files/local/*path', requirePermission(state, 'FILES_DELETE'), (req, res) => {
    const path = pathParam(req);
    if (files.folders.has(path)) {
      if (printingNow() && inside(path, printer.job.file?.path))
        return res
          .status(409)
          .json({ error: `Trying to delete a folder that contains a file that is currently in use: ${path}` });
      if (inside(path, printer.job.file?.path)) printer.job.deselect();
      files.removeFolder(path);
      printer.event('FolderRemoved', { storage: 'local', path, name: path.split('/').at(-1) });
      printer.event('UpdatedFiles', { type: 'printables' });
      return res.status(204).end();
    }
    if (!files.get(path)) return res.status(404).json({ error: `File not found on 'local': ${path}` });
    if (busy(path)) return res.status(409).json({ error: `Trying to delete a file that is currently in use: ${path}` });
    if (printer.job.file?.path === path) printer.job.deselect();
    files.remove(path);
    printer.event('FileRemoved', {
      storage: 'local',
      path,
      name: path.split('/').at(-1),
      type: ['machinecode', 'gcode'],
      operation: 'remove',
    });
    printer.event('UpdatedFiles', { type: 'printables' });
    res.status(204).end();
  });

  const sdFile = (req: Request) => (sdReady() ? files.sd.get(pathParam(req)) : undefined);
  r.get('/api/files/sdcard/*path', list, (req, res) => {
    const f = sdFile(req);
    if (!f) return res.status(404).json({ error: `File not found on 'sdcard': ${pathParam(req)}` });
    res.json(sdEntry(f, baseOf(req)));
  });
  r.post('/api/files/sdcard/*path', requirePermission(state, 'FILES_SELECT'), (req, res) => {
    if (!sdFile(req)) return res.status(404).json({ error: `File not found on 'sdcard': ${pathParam(req)}` });
    if (bodyOf(req).command !== 'select') return res.status(400).json({ error: 'Unknown command' });
    res.status(409).json({ error: 'The mock does not print from the SD card' });
  });
  r.delete('/api/files/sdcard/*path', requirePermission(state, 'FILES_DELETE'), (req, res) => {
    const f = sdFile(req);
    if (!f) return res.status(404).json({ error: `File not found on 'sdcard': ${pathParam(req)}` });
    files.sd.delete(f.name);
    printer.event('FileRemoved', {
      storage: 'sdcard',
      path: f.name,
      name: f.name,
      type: ['machinecode', 'gcode'],
      operation: 'remove',
    });
    printer.event('UpdatedFiles', { type: 'printables' });
    res.status(204).end();
  });

  r.get('/downloads/files/local/*path', requirePermission(state, 'FILES_DOWNLOAD'), (req, res) => {
    const f = files.get(pathParam(req));
    if (!f) return res.status(404).json({ error: 'Not found' });
    res.type('text/plain').send(`${f.lines.join('\n')}\n`);
  });

  return r;
}
