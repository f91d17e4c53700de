// A short reason for a file-system error ("file not found"), for one-line messages without a stack.

export function ioErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTDIR') return 'a parent path is not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (err as Error)?.message ?? String(err);
}
