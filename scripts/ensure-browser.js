#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive before `playwright test` runs:
// a system Chromium ($CHROMIUM_PATH or /usr/bin/chromium) if present; else Playwright's own
// (downloaded if needed); else, as root on Debian, the distribution's package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (system) {
  console.log(`ensure-browser: using ${system}`);
  process.exit(0);
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryRun(command) {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

let found = await playwrightChromium();
if (!found && tryRun('npx playwright install chromium')) found = await playwrightChromium();
if (found) {
  console.log(`ensure-browser: using Playwright's Chromium at ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version') && tryRun('apt-get update && apt-get install -y chromium') && existsSync('/usr/bin/chromium')) {
  console.log('ensure-browser: installed Debian chromium at /usr/bin/chromium');
  process.exit(0);
}

console.error(
  [
    'ensure-browser: no Chromium found for the browser tests.',
    'Get one of these and run the tests again:',
    '  - install Chromium from your system packages (Debian/Ubuntu: sudo apt-get install chromium)',
    '    or point CHROMIUM_PATH at any Chromium/Chrome binary;',
    "  - or let Playwright download its own: npx playwright install chromium",
  ].join('\n'),
);
process.exit(1);
