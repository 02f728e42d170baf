// Debian's Chromium for the browser tests: installed when missing and the test runs as root with
// apt-get (as in CI), otherwise the test stops saying what to install. Playwright never downloads
// a browser of its own here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// The machine's network is closed: no background connections, no first-run or sync traffic.
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    return;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (as root: apt-get install -y chromium) and run the test again`,
    );
  }
  console.log('[browser] installing Debian chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) {
    throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  }
}

/** A browser context on a fresh profile directory, deleted when the context closes. */
export async function launch(viewport = { width: 1280, height: 900 }) {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
  });
  // After the browser's exit (close() waits for it), not on the 'close' event, while it still writes.
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      console.log(`[browser] could not delete the profile ${profile}: ${e.message}`);
    }
  };
  return context;
}
