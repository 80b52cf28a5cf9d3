// `npm test`: every suite in one vitest run, ending with "N passed, N failed".
//  - Server tests use PostgreSQL when TEST_DATABASE_URL is set, else the embedded database.
//  - The short reliability drills (test/drills/ci) need PostgreSQL: they run only with TEST_DATABASE_URL.
//  - Browser tests need Chromium; without it they are left out and this says so,
//    except under CI=true, where a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientIfStale } from './client-build.mjs';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const projects = ['server', 'client', 'repo'];

if (process.env.TEST_DATABASE_URL) {
  console.log(`Server tests run on PostgreSQL (TEST_DATABASE_URL); so do the short reliability drills.`);
  projects.push('drills');
} else if (ci) {
  console.error('CI=true but TEST_DATABASE_URL is not set: CI must test against PostgreSQL.');
  process.exit(1);
} else {
  console.log('TEST_DATABASE_URL is not set: server tests run on the embedded database (PGlite).');
}

const chromium = findChromium();
if (chromium) {
  projects.push('browser');
  buildClientIfStale();
} else if (ci) {
  console.error('CI=true but no Chromium was found (set CHROMIUM_PATH or install the chromium package).');
  process.exit(1);
} else {
  console.log('No Chromium found: the browser tests are LEFT OUT of this run (install chromium or set CHROMIUM_PATH).');
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-test-')), 'report.json');
const args = [
  path.join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  ...projects.map((p) => `--project=${p}`),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + countFilesFailedWithoutTests(result);
}
const ranNothing = passed + failed === 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status !== 0 || ranNothing ? 1 : 0);

// A file that fails to load (or in a hook) has no failing test of its own: count it as one failure.
function countFilesFailedWithoutTests(result) {
  return result.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')).length;
}
