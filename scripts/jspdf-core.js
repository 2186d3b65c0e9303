// A Vite plugin: `import('jspdf')` gets jsPDF without the plugins the site's PDFs never use.
//
// jsPDF ships one ES module with every plugin built in (AcroForm, addImage with its PNG, GIF,
// BMP and WebP decoders and a JPEG encoder, html, context2d, SVG, cell tables, Arabic and
// bidi text, …), and nothing lighter to import: ~400 KB minified with fast-png and pako. Each
// PDF waits for all of it to download, compile and run on a cold page. This plugin serves
// dist/jspdf.es.js with the unused plugins' top-level statements taken out (the bundler then
// drops what only they used): ~100 KB. What stays is the core, TrueType fonts (ttfsupport,
// TTFFont, utf8, vFS), text widths (split_text_to_size) and setLanguage: what
// src/lib/pdf/render.ts calls. Also gone: the stream filters with fflate (the PDFs are written
// uncompressed; `compress: true` would now do nothing) and the metrics of the 14 standard
// PDF fonts (decoded on every page load; text is only set and measured in the embedded font).
//
// Each unused plugin is found by a statement only it has; if a jsPDF update changes one, the
// build (and the unit tests, which go through this plugin too) stops and says which, rather
// than shipping a jsPDF that half works. To use a plugin listed here (say addImage), delete
// its line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'vite';

const VIRTUAL_ID = '\0jspdf-core.js';

/**
 * The plugins taken out: a name for messages, a pattern that matches each of the plugin's
 * top-level statements in dist/jspdf.es.js, and how many statements it must match.
 * @type {[string, RegExp, number][]}
 */
const UNUSED = [
	['addImage', /\bjsPDFAPI\.addImage = /, 1],
	['annotations', /\bjsPDFAPI\.createAnnotation = /, 1],
	['arabic', /\.processArabic = /, 1],
	['autoprint', /\bjsPDFAPI\.autoPrint = /, 1],
	['canvas', /\bthis\.canvas = new Canvas\(\)/, 1],
	['cell', /\bjsPDFAPI\.cell = /, 1],
	['context2d', /\bthis\.context2d = new Context2D\(this\)/, 1],
	['fileloading', /\bjsPDFAPI\.loadFile = /, 1],
	['html', /\bjsPDFAPI\.html = /, 1],
	['javascript', /\bjsPDFAPI\.addJS = /, 1],
	['outline', /\bpdf\.outline = \{/, 1],
	['jpeg_support', /\bjsPDFAPI\.processJPEG = /, 1],
	['png_support', /^jsPDF\.API\.processPNG = /, 1],
	['png_support (fast-png import)', /^import \{ decode \} from 'fast-png';$/, 1],
	['gif_support', /\bjsPDFAPI\.processGIF89A = /, 1],
	['bmp_support', /\bjsPDFAPI\.processBMP = |^BmpDecoder\.prototype\./, 11],
	['webp_support', /\bjsPDFAPI\.processWEBP = |^WebPDecoder\.prototype\./, 2],
	['rgba_support', /\bjsPDFAPI\.processRGBA = /, 1],
	['svg', /\bjsPDFAPI\.addSvgAsImage = /, 1],
	['total_pages', /\bjsPDFAPI\.putTotalPages = /, 1],
	['viewerpreferences', /\bjsPDFAPI\.viewerPreferences = /, 1],
	['xmp_metadata', /^jsPDF\.API\.addMetadata = /, 1],
	['bidiEngine', /\.__bidiEngine__ = /, 1],
	['filters', /\bjsPDFAPI\.processDataByFilters = /, 1],
	['filters (fflate import)', /^import \{ zlibSync \} from 'fflate';$/, 1],
	['standard_fonts_metrics', /\bAPI\.__fontmetrics__ = /, 1]
];

/** AcroForm: every top-level statement from the first to the last of these, and its exports. */
const ACROFORM_FIRST = /^jsPDFAPI\.__acroform__ = \{\};$/;
const ACROFORM_LAST = /^jsPDF\.AcroForm = \{/;

/**
 * jsPDF's ES module source without the UNUSED plugins and AcroForm.
 * @param {string} source the text of jspdf/dist/jspdf.es.js
 * @returns {string}
 */
export function jspdfCore(source) {
	const body = parseAst(source).body;
	const text = body.map((node) => source.slice(node.start, node.end));
	/** @type {Map<number, string>} statement index -> replacement */
	const edits = new Map();
	const problems = [];

	const first = text.findIndex((t) => ACROFORM_FIRST.test(t));
	const last = text.findIndex((t) => ACROFORM_LAST.test(t));
	if (first < 0 || last < first) problems.push('AcroForm: its first or last statement not found');
	else for (let i = first; i <= last; i++) edits.set(i, '');

	for (const [name, pattern, expected] of UNUSED) {
		const found = text.flatMap((t, i) => (pattern.test(t) ? [i] : []));
		if (found.length !== expected) {
			problems.push(`${name}: ${found.length} statements match ${pattern}, expected ${expected}`);
		}
		for (const i of found) edits.set(i, '');
	}

	const exportAt = body.findIndex((node) => node.type === 'ExportNamedDeclaration');
	const exportNode = body[exportAt];
	if (!exportNode || exportNode.type !== 'ExportNamedDeclaration') {
		problems.push('the export statement not found');
	} else {
		const kept = exportNode.specifiers
			.map((s) => source.slice(s.start, s.end))
			.filter((s) => !/^AcroForm/.test(s));
		edits.set(exportAt, `export { ${kept.join(', ')} };`);
	}

	if (problems.length) {
		throw new Error(
			`scripts/jspdf-core.js no longer fits this jsPDF version:\n  ${problems.join('\n  ')}`
		);
	}
	let out = '';
	let from = 0;
	body.forEach((node, i) => {
		const replacement = edits.get(i);
		if (replacement === undefined) return;
		out += source.slice(from, node.start) + replacement;
		from = node.end;
	});
	out += source.slice(from);
	return out.replace(/^\/\/# sourceMappingURL=.*$/m, '');
}

/** @returns {import('vite').Plugin} */
export default function jspdfCorePlugin() {
	const require = createRequire(import.meta.url);
	const file = require.resolve('jspdf/dist/jspdf.es.js');
	return {
		name: 'jspdf-core',
		enforce: 'pre',
		resolveId(id) {
			return id === 'jspdf' ? VIRTUAL_ID : null;
		},
		load(id) {
			if (id !== VIRTUAL_ID) return null;
			this.addWatchFile(file);
			return jspdfCore(readFileSync(file, 'utf8'));
		}
	};
}
