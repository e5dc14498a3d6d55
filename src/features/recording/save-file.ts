// Hands a Blob to the browser as a download with the given file name.
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; a later revoke keeps memory from piling up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
