import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process and does not lock its folder (its postmaster.pid holds -42), so two
 * processes on one folder — a second `npm start`, `npm run user:create` while the server runs —
 * would write over each other's pages. `magnet.lock` holds the pid of the process that has the
 * folder open. A pid lock rather than a time-based one: after a crash the next start must not
 * wait for the lock to turn stale; a lock whose process is gone is stale at once.
 */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      pid === process.pid
        ? `The embedded database in ${dataDir} is already open in this process.`
        : `The embedded database in ${dataDir} is in use by another Magnet process (pid ${pid}). Stop it first, or set DATA_DIR to another folder.`,
    );
    this.name = 'DataDirInUseError';
  }
}

const LOCK_FILE = 'magnet.lock';
/** Folders this process holds: its own pid in a lock file says nothing about them. */
const heldHere = new Set<string>();

/** Takes the folder's lock, or throws DataDirInUseError; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const folder = path.resolve(dataDir);
  if (heldHere.has(folder)) throw new DataDirInUseError(dataDir, process.pid);
  const file = path.join(folder, LOCK_FILE);
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readPid(file);
      // Our own pid from an earlier life (a container restarts as pid 1 again) is stale too.
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
      fs.rmSync(file, { force: true });
    }
  }
  heldHere.add(folder);
  return () => {
    if (!heldHere.delete(folder)) return;
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}
