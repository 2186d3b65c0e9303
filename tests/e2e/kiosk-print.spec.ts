// A kiosk print that reaches a printer: under a virtual X display (Xvfb), Chromium with the
// launcher's flags (--kiosk-printing: no dialog) prints the blank carer statement to the default
// printer of a private CUPS daemon that this test starts, whose queue writes what it is sent to a
// PDF file; the file's text must be the statement. Needs Xvfb, cupsd, lpadmin, cups-filters and
// the CUPS-PDF PPD (apt: xvfb cups-daemon cups-client cups-filters printer-driver-cups-pdf):
// CI installs them; elsewhere the test is skipped when they are missing. Why a file queue and not
// the CUPS-PDF backend itself: deploy/kiosk/README.md, "How printing is tested".
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { launcherFlags } from './kiosk-flags';
import { flat, pdfText } from './pdf-text';

/** What the kiosk says once a print has been handed to the printer. */
const STATUS_PRINTED =
	'Drukowanie zlecone – odbierz wydruk z drukarki. Jeśli nic się nie wydrukuje, poproś o pomoc pracownika Ośrodka.';

const CUPSD = '/usr/sbin/cupsd';
const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';
const PDFTOPDF = '/usr/lib/cups/filter/pdftopdf';
const missing = [
	['Xvfb', existsSync('/usr/bin/Xvfb')],
	['cupsd', existsSync(CUPSD)],
	['lpadmin', existsSync('/usr/sbin/lpadmin')],
	['pdftopdf', existsSync(PDFTOPDF)],
	['CUPS-PDF PPD', existsSync(PPD)]
]
	.filter(([, there]) => !there)
	.map(([name]) => name);

test.skip(
	missing.length > 0 && !process.env.CI,
	`not installed: ${missing.join(', ')} (apt-get install xvfb cups-daemon cups-client cups-filters printer-driver-cups-pdf)`
);

let dir = '';
const children: ChildProcess[] = [];

/** Starts Xvfb on a free display and returns it (":N"). */
async function startXvfb(): Promise<string> {
	const xvfb = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		}
	);
	children.push(xvfb);
	const display = await new Promise<string>((resolve, reject) => {
		xvfb.stdio[3]!.on('data', (d: Buffer) => resolve(`:${d.toString().trim()}`));
		xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
	});
	return display;
}

/** Starts a CUPS daemon of its own (a socket in a temporary folder), with one PDF file queue. */
async function startCups(): Promise<{ socket: string; output: string }> {
	for (const sub of ['etc', 'spool', 'tmp', 'cache', 'state', 'log', 'out'])
		mkdirSync(join(dir, sub));
	chmodSync(join(dir, 'tmp'), 0o1777);
	chmodSync(join(dir, 'out'), 0o1777);
	const socket = join(dir, 'cups.sock');
	writeFileSync(
		join(dir, 'etc/cupsd.conf'),
		`Listen ${socket}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n` +
			'<Location />\n  Order allow,deny\n  Allow all\n</Location>\n' +
			'<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n'
	);
	writeFileSync(
		join(dir, 'etc/cups-files.conf'),
		[
			`ServerRoot ${dir}/etc`,
			`RequestRoot ${dir}/spool`,
			`TempDir ${dir}/tmp`,
			`CacheDir ${dir}/cache`,
			`StateDir ${dir}/state`,
			`ErrorLog ${dir}/log/error_log`,
			`AccessLog ${dir}/log/access_log`,
			`PageLog ${dir}/log/page_log`,
			'FileDevice Yes',
			''
		].join('\n')
	);
	// The CUPS-PDF printer's description, told to take PDF as it comes (CUPS's pdftopdf only).
	const ppd = readFileSync(PPD, 'utf8').replace(
		/^\*PCFileName:.*$/m,
		(line) => `${line}\n*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"`
	);
	writeFileSync(join(dir, 'printer.ppd'), ppd);
	const cupsd = spawn(
		CUPSD,
		['-f', '-c', `${dir}/etc/cupsd.conf`, '-s', `${dir}/etc/cups-files.conf`],
		{
			stdio: 'ignore'
		}
	);
	children.push(cupsd);
	for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
	const env = { ...process.env, CUPS_SERVER: socket };
	const output = join(dir, 'out/printed.pdf');
	execFileSync(
		'lpadmin',
		['-p', 'kiosk-pdf', '-E', '-v', `file://${output}`, '-P', join(dir, 'printer.ppd')],
		{ env, stdio: 'ignore' }
	);
	execFileSync('lpadmin', ['-d', 'kiosk-pdf'], { env, stdio: 'ignore' });
	return { socket, output };
}

test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'mops-kiosk-print-'));
	// CUPS runs its filters as the user lp, which must read the printer's PPD in here.
	chmodSync(dir, 0o755);
});

test.afterAll(async () => {
	await Promise.all(
		children.map(
			(child) =>
				new Promise((resolve) => {
					if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
					child.once('exit', resolve);
					child.kill();
				})
		)
	);
	if (!process.env.KEEP_PRINT_DIR) rmSync(dir, { recursive: true, force: true });
});

test('a kiosk print of the blank carer statement reaches the printer as the statement', async ({
	baseURL
}) => {
	test.setTimeout(90_000);
	const display = await startXvfb();
	const { socket, output } = await startCups();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || undefined,
		headless: false,
		args: [...CHROMIUM_ARGS, ...launcherFlags()],
		env: { ...process.env, DISPLAY: display, CUPS_SERVER: socket }
	});
	try {
		const page = await browser.newPage({ baseURL });
		await page.goto('./oswiadczenia/?kiosk');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await page
			.getByRole('button', { name: 'Wydrukuj pusty formularz: wskazanie opiekuna faktycznego' })
			.click();
		await expect(page.getByRole('status')).toHaveText(STATUS_PRINTED);
		await expect
			.poll(() => existsSync(output) && readFileSync(output).includes('%%EOF'), { timeout: 30_000 })
			.toBe(true);
		const printed = await pdfText(output);
		expect(printed.pages).toBe(1);
		const text = flat(printed.text);
		for (const expected of [
			'Załącznik nr 1',
			'OŚWIADCZENIE',
			'wskazuję jako mojego opiekuna faktycznego',
			'Opiekun faktyczny ma prawo dostępu do informacji dotyczących mojej osoby'
		]) {
			expect(text).toContain(expected);
		}
		// The page keeps nothing of the print once it has gone to the printer.
		await expect(page.locator('iframe[title="PDF do wydruku"]')).toHaveCount(0, {
			timeout: 15_000
		});
	} finally {
		await browser.close();
	}
});
