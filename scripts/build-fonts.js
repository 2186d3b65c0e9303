// Makes the fonts embedded in the PDFs the site generates (src/lib/pdf/render.ts):
// static/fonts/noto-sans-pl-400.ttf and noto-sans-pl-700.ttf, subsets of Noto Sans Regular and
// Bold (from the @expo-google-fonts/noto-sans dev dependency) with only the characters the
// documents use: Basic Latin, Latin-1 Supplement, Latin Extended-A (every Polish letter),
// Cyrillic (every Ukrainian letter, for the summary PDF in Ukrainian), the dashes, quotes,
// ellipsis, bullet, numero sign and no-break space. Hinting and layout features are
// dropped (jsPDF uses neither), which keeps each file small. The output is checked in; run
// `node scripts/build-fonts.js` again only to change the character set or the font version.
// Noto Sans is under the SIL Open Font License 1.1, copied next to the fonts as OFL.txt.
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules/@expo-google-fonts/noto-sans');
const target = join(root, 'static/fonts');

/** Every code point from `from` to `to`, inclusive, as a string. */
function range(from, to) {
	let s = '';
	for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
	return s;
}

export const CHARACTERS =
	range(0x20, 0x7e) + // Basic Latin
	range(0xa0, 0xff) + // Latin-1 Supplement (nbsp, §, ó, ×, …)
	range(0x100, 0x17f) + // Latin Extended-A (ą ć ę ł ń ś ź ż and capitals)
	'\u02bc' + // ʼ (the Ukrainian apostrophe)
	range(0x400, 0x45f) + // Cyrillic: Ukrainian and Russian letters (the summary PDF in Ukrainian)
	'\u0490\u0491' + // Ґ ґ
	'\u2013\u2014' + // – —
	'\u2018\u2019\u201a\u201c\u201d\u201e' + // ‘ ’ ‚ “ ” „
	'\u2022\u2026\u2116\u2212'; // • … № −

const FACES = [
	{ from: '400Regular/NotoSans_400Regular.ttf', to: 'noto-sans-pl-400.ttf' },
	{ from: '700Bold/NotoSans_700Bold.ttf', to: 'noto-sans-pl-700.ttf' }
];

await mkdir(target, { recursive: true });
for (const face of FACES) {
	const input = await readFile(join(source, face.from));
	const output = await subsetFont(input, CHARACTERS, {
		targetFormat: 'sfnt',
		noHinting: true,
		keepFeatures: [],
		noLayoutClosure: true,
		// Keep copyright (0), trademark (7), manufacturer (8), licence text and URL (13, 14).
		preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14]
	});
	await writeFile(join(target, face.to), output);
	console.log(`${face.to}: ${input.length} → ${output.length} bytes`);
}
await copyFile(join(source, 'LICENSE_FONT'), join(target, 'OFL.txt'));
