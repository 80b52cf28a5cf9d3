import fs from 'node:fs';

/** The Chromium binary to drive with playwright-core, or undefined. Never downloads one. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((file) => file && fs.existsSync(file));
}
