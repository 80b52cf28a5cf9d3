import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/shared/database/data-dir-lock';
import { openDatabase } from '../../src/shared/database/database';

const folders: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-lock-'));
  folders.push(dir);
  return dir;
}

/** A live process that is not this one, to hold a lock. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

describe('the embedded data folder lock', () => {
  it('refuses a folder whose lock is held by a live process, naming it', () => {
    const dir = folder();
    const holder = otherProcess();
    fs.writeFileSync(path.join(dir, 'magnet.lock'), `${holder.pid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`is in use by another Magnet process (pid ${holder.pid}). Stop it first, or set DATA_DIR to another folder.`);
    expect(fs.readFileSync(path.join(dir, 'magnet.lock'), 'utf8')).toBe(`${holder.pid}\n`);
  });

  it('takes over the lock of a process that is gone (a crash), and releases it', async () => {
    const dir = folder();
    const crashed = otherProcess();
    fs.writeFileSync(path.join(dir, 'magnet.lock'), `${crashed.pid}\n`);
    crashed.kill('SIGKILL');
    await new Promise((resolve) => crashed.once('exit', resolve));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'magnet.lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(fs.existsSync(path.join(dir, 'magnet.lock'))).toBe(false);
  });

  it('refuses a second open in the same process, and frees the folder on close', async () => {
    const dir = folder();
    const db = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow('is already open in this process');
    await db.close();
    expect(fs.existsSync(path.join(dir, 'magnet.lock'))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  }, 60_000);

  it('is released when opening fails', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'PG_VERSION'), 'not a database\n');
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow();
    expect(fs.existsSync(path.join(dir, 'magnet.lock'))).toBe(false);
  }, 60_000);
});
