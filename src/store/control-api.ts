// The controls' REST calls, in OctoPrint's shapes (docs/octoprint-protocol.md §8); uploads use XHR for progress.
import { problem } from '../octoprint/problem.ts';
import { RestError, type RestClient } from '../octoprint/rest-client.ts';
import { permissionName, permissionReason, type PermissionsStore } from './permissions-store.ts';

export type JobCommand = 'start' | 'pause' | 'resume' | 'cancel';
export type Axis = 'x' | 'y' | 'z';

export interface UploadOptions {
  path?: string;
  select?: boolean;
  print?: boolean;
  onProgress?(fraction: number): void;
}

export interface ControlApi {
  setTarget(heater: string, target: number): Promise<void>;
  setOffset(heater: string, offset: number): Promise<void>;
  job(command: JobCommand): Promise<void>;
  jog(axes: Partial<Record<Axis, number>>): Promise<void>;
  home(axes: Axis[]): Promise<void>;
  extrude(amount: number): Promise<void>;
  feedrate(factor: number): Promise<void>;
  flowrate(factor: number): Promise<void>;
  gcode(commands: string[]): Promise<void>;
  /** Connects the printer to OctoPrint (its saved port and baud rate, or auto-detection) or disconnects it. */
  connection(command: 'connect' | 'disconnect'): Promise<void>;
  files(): Promise<unknown>;
  selectFile(origin: string, path: string, print: boolean): Promise<void>;
  deleteFile(origin: string, path: string): Promise<void>;
  upload(file: Blob, name: string, opts?: UploadOptions): Promise<unknown>;
}

/** Each path segment URL-encoded, slashes kept: OctoPrint's file resources are paths. */
export function fileUrl(origin: string, path: string): string {
  const parts = path.split('/');
  // URLs resolve dot segments even when percent-encoded, so such a path would address another resource.
  if (parts.some((p) => p === '' || p === '.' || p === '..'))
    throw new RestError(0, `refusing the file path "${path}"`, null, problem('rest.badPath', { path }));
  return `/api/files/${encodeURIComponent(origin)}/${parts.map(encodeURIComponent).join('/')}`;
}

/** The permission OctoPrint checks for a control endpoint (docs/octoprint-protocol.md §8). */
export function permissionFor(method: string, path: string): string {
  if (path.startsWith('/api/job')) return 'PRINT';
  if (path === '/api/files/local' && method === 'POST') return 'FILES_UPLOAD';
  if (path.startsWith('/api/files'))
    return method === 'DELETE' ? 'FILES_DELETE' : method === 'GET' ? 'FILES_LIST' : 'FILES_SELECT';
  if (path.startsWith('/api/settings')) return 'SETTINGS_READ';
  if (path.startsWith('/api/connection')) return 'CONNECTION';
  return 'CONTROL';
}

export function createControlApi(
  rest: RestClient,
  apiKey: string | null = null,
  permissions?: PermissionsStore,
): ControlApi {
  /** A 403 says which permission is missing (in the server's own name for it), instead of OctoPrint's generic text. */
  const explain403 = (err: unknown, method: string, path: string): never => {
    if (err instanceof RestError && err.status === 403) {
      const key = permissionFor(method, path);
      const reason = permissionReason(key, permissions?.getState().catalog);
      const name = permissionName(key, permissions?.getState().catalog);
      throw new RestError(403, `OctoPrint refused: the user ${reason}`, err.body, problem('rest.refused', { name }));
    }
    throw err;
  };
  const post = async (path: string, body: unknown) => {
    await rest.post(path, body).catch((err: unknown) => explain403(err, 'POST', path));
  };
  return {
    setTarget: (heater, target) =>
      heater.startsWith('tool')
        ? post('/api/printer/tool', { command: 'target', targets: { [heater]: target } })
        : post(`/api/printer/${heater}`, { command: 'target', target }),
    setOffset: (heater, offset) =>
      heater.startsWith('tool')
        ? post('/api/printer/tool', { command: 'offset', offsets: { [heater]: offset } })
        : post(`/api/printer/${heater}`, { command: 'offset', offset }),
    job: (command) =>
      command === 'pause' || command === 'resume'
        ? post('/api/job', { command: 'pause', action: command })
        : post('/api/job', { command }),
    jog: (axes) => post('/api/printer/printhead', { command: 'jog', ...axes }),
    home: (axes) => post('/api/printer/printhead', { command: 'home', axes }),
    extrude: (amount) => post('/api/printer/tool', { command: 'extrude', amount }),
    feedrate: (factor) => post('/api/printer/printhead', { command: 'feedrate', factor }),
    flowrate: (factor) => post('/api/printer/tool', { command: 'flowrate', factor }),
    gcode: (commands) => post('/api/printer/command', { commands }),
    connection: (command) => post('/api/connection', { command }),
    files: () => rest.get('/api/files?recursive=true'),
    selectFile: async (origin, path, print) => post(fileUrl(origin, path), { command: 'select', print }),
    deleteFile: async (origin, path) => {
      const url = fileUrl(origin, path);
      await rest.request('DELETE', url).catch((err: unknown) => explain403(err, 'DELETE', url));
    },
    upload: (file, name, opts = {}) =>
      uploadWithProgress(`${rest.baseUrl}/api/files/local`, apiKey, file, name, opts).catch((err: unknown) =>
        explain403(err, 'POST', '/api/files/local'),
      ),
  };
}

/** multipart POST with upload progress (fetch has none); the key goes in the header as the REST client sends it. */
export function uploadWithProgress(
  url: string,
  apiKey: string | null,
  file: Blob,
  name: string,
  opts: UploadOptions,
): Promise<unknown> {
  const form = new FormData();
  form.append('file', file, name);
  if (opts.path) form.append('path', opts.path);
  if (opts.select) form.append('select', 'true');
  if (opts.print) form.append('print', 'true');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (apiKey) xhr.setRequestHeader('X-Api-Key', apiKey);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new RestError(0, 'network error during upload', null, problem('upload.network')));
    xhr.onabort = () => reject(new RestError(0, 'upload aborted', null, problem('upload.aborted')));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        opts.onProgress?.(1);
        resolve(body);
        return;
      }
      const msg =
        typeof body === 'object' && body !== null && 'error' in body
          ? String((body as { error: unknown }).error)
          : xhr.statusText;
      reject(
        new RestError(
          xhr.status,
          `${xhr.status} ${msg}`,
          body,
          problem('rest.status', { status: xhr.status, error: msg }),
        ),
      );
    };
    xhr.send(form);
  });
}
