// `npm run report -- --from 2016-01-01 --to 2016-12-31 --out report.pdf [--url http://127.0.0.1:4000]
//   [--email … --password …] [--focus <id> …] [--group EXPANDING_COMPANY …]`
// Renders the board report (/statistics/report) to an A4 PDF with headless Chromium, signed in
// as the given user (flags, or MAGNET_EMAIL / MAGNET_PASSWORD). Without --url it starts Magnet
// itself on the same database `npm start` uses (DATABASE_URL, else the embedded one in ./data)
// and stops it afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildClientIfStale } from './client-build.mjs';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
// The filter parameters of the report's address, as the statistics page writes them.
const filterFlags = { focus: 'focus', owner: 'owner', municipality: 'target', group: 'group' };

function usage(message) {
  console.error(`${message}

Usage: npm run report -- --from 2016-01-01 --to 2016-12-31 --out report.pdf
         [--url http://127.0.0.1:4000] [--email you@example.com --password …]
         [--focus <focus area id>]… [--owner <user id>]… [--municipality 3420]… [--group EXPANDING_COMPANY]…`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string', default: 'styrerapport.pdf' },
    url: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    focus: { type: 'string', multiple: true },
    owner: { type: 'string', multiple: true },
    municipality: { type: 'string', multiple: true },
    group: { type: 'string', multiple: true },
    timeout: { type: 'string', default: '60000' },
  },
});

const { from, to } = values;
if (!from || !to || !isoDate.test(from) || !isoDate.test(to) || from > to) usage('--from and --to (åååå-mm-dd, from ≤ to) are required.');
const email = values.email ?? process.env.MAGNET_EMAIL;
const password = values.password ?? process.env.MAGNET_PASSWORD;
if (!email || !password) usage('Give --email and --password, or set MAGNET_EMAIL and MAGNET_PASSWORD.');
const executablePath = findChromium();
if (!executablePath) usage('No Chromium found: install the chromium package or set CHROMIUM_PATH.');
const timeout = Number(values.timeout);

const search = new URLSearchParams({ from, to });
for (const [flag, param] of Object.entries(filterFlags)) for (const value of values[flag] ?? []) search.append(param, value);

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Magnet on the database `npm start` uses, on a free port; resolves when /healthz answers. */
async function startMagnet() {
  buildClientIfStale();
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', './server/register.cjs', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Magnet exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Magnet did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const magnet = values.url ? { url: values.url.replace(/\/$/, ''), stop: async () => {} } : await startMagnet();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  const reportPath = `/statistics/report?${search}`;
  // The report asks for a session: the app sends us to login and back to the report after it.
  await page.goto(`${magnet.url}${reportPath}`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((url) => url.pathname === '/statistics/report');
  // Everything has arrived (figures, companies, filter names) when the report says so.
  await page.locator('[data-report-ready="true"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const out = path.resolve(process.cwd(), values.out);
  fs.writeFileSync(out, pdf);
  console.log(`Wrote ${out} (${Math.round(pdf.length / 1024)} kB) for ${from} – ${to}.`);
} catch (error) {
  console.error(`Could not make the report: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await magnet.stop();
}
