import 'reflect-metadata';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createUserSchema } from '../modules/user/user.inputs';
import { UserService } from '../modules/user/user.service';
import { loadConfig } from '../shared/config';
import { migrate, openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

const usage = 'Usage: npm run user:create -- --email you@example.no --name "Your Name" --role ADMIN|LEADER|MEMBER|BOARD';

/** Asks for the password without echoing it. */
async function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('No terminal to ask for a password: set MAGNET_PASSWORD.');
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = true;
  const password = await answer;
  rl.close();
  process.stdout.write('\n');
  return password;
}

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.name || !values.role) throw new Error(usage);
  const password = process.env.MAGNET_PASSWORD || (await promptPassword('Password (at least 10 characters): '));
  const parsed = createUserSchema.safeParse({ ...values, role: values.role.toUpperCase(), password });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));

  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const { user } = await db.dataSource.transaction((em) =>
      new UserService(em, null, config.session).create(parsed.data),
    );
    console.log(`Created ${user.role} ${user.email} (${user.name}).`);
  } finally {
    await db.close();
  }
});
