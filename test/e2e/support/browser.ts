import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium, driven by playwright-core (which gives it a fresh profile); never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = candidates.find((file) => file && fs.existsSync(file));
  if (!executablePath) throw new Error('No Chromium found: install the chromium package or set CHROMIUM_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const demoPassword = 'demo-passord-123';
export const demoUsers = {
  ADMIN: 'admin@magnet.example',
  LEADER: 'prosjektleder@magnet.example',
  MEMBER: 'medlem@magnet.example',
  BOARD: 'styret@magnet.example',
} as const;

/** Signs in through the login page, as a person would. */
export async function logIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}
