// Makes sure a Chromium is there before the tests or benchmarks start.
// Installs Debian's package when we are root with apt; otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[session-view] No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!findChromium()) {
    console.error(
      '[session-view] No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
        'or point CHROME_PATH at a Chrome/Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
}
console.log(`[session-view] Using Chromium at ${findChromium()}`);
