// The kiosk's Chromium flags, as the launcher deploy/kiosk/kiosk.sh gives them (it reads them from
// deploy/kiosk/chromium-flags): the kiosk tests run the browser the visitors get.
import { execFileSync } from 'node:child_process';

const LAUNCHER = 'deploy/kiosk/kiosk.sh';

/** The flags the launcher starts Chromium with (without the browser and the address). */
export function launcherFlags(): string[] {
	const url = 'http://127.0.0.1/?kiosk';
	const lines = execFileSync(LAUNCHER, ['--dry-run', url], {
		encoding: 'utf8',
		// Any Chromium will do for a dry run: the launcher only looks it up.
		env: { ...process.env, CHROMIUM: process.env.CHROMIUM_PATH ?? '' }
	})
		.trim()
		.split('\n');
	if (lines.at(-1) !== url) throw new Error(`${LAUNCHER} --dry-run: no address last`);
	return lines.slice(1, -1);
}
