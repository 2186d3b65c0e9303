// Making, downloading and printing a statement's PDF from a page, with a status line.
// src/lib/pdf/render.ts (and with it jsPDF and the font) loads only when one of these runs, or
// a moment earlier when a person points at a PDF button (`preloadPdf`, $lib/pdf/load).
import { common, statements as t } from '$messages';
import { atKiosk } from './kiosk-words.svelte';
import { loadRenderer } from '$lib/pdf/load';
import type { PdfDocument } from '$lib/pdf/model';
import { kioskMode } from '$lib/kiosk/kiosk.svelte';
import { newVersionDeployed } from '$lib/update/new-version';

/** A document and the name of its file. */
export interface Pdf {
	doc: PdfDocument;
	fileName: string;
}

export class PdfWorkflow {
	busy = $state(false);
	status = $state('');
	/** A new deployment replaced the PDF code: the statement prints from the page's preview. */
	outdated = $state(false);

	async #run(work: () => Promise<void>, doneMessage: string): Promise<void> {
		// One at a time: a second press (or Enter in a field) while a PDF is being made is ignored.
		if (this.busy) return;
		this.busy = true;
		this.status = atKiosk('working', t.status.working);
		try {
			await work();
			this.status = doneMessage;
		} catch (error) {
			console.warn(error);
			await this.failed();
		} finally {
			this.busy = false;
		}
	}

	download(doc: PdfDocument, fileName: string): Promise<void> {
		return this.#run(async () => {
			const { downloadPdf, renderPdf } = await loadRenderer();
			downloadPdf(await renderPdf(doc), fileName);
		}, t.status.downloaded);
	}

	print(doc: PdfDocument, fileName: string): Promise<void> {
		return this.#run(
			async () => {
				const { printPdf, renderPdf } = await loadRenderer();
				await printPdf(await renderPdf(doc), fileName, { kiosk: kioskMode.on });
			},
			// At the kiosk Chromium prints at once (--kiosk-printing): no dialog opens.
			atKiosk('printed', t.status.printing)
		);
	}

	/** A blank form: downloaded, or printed at the kiosk (a public terminal keeps no files). */
	blank(doc: PdfDocument, fileName: string): Promise<void> {
		return kioskMode.on ? this.print(doc, fileName) : this.download(doc, fileName);
	}

	/**
	 * A blank form whose statement loads on the press, beside the PDF code (the statements page
	 * does not load it with the page): busy from the press.
	 */
	blankFrom(load: () => Promise<Pdf>): Promise<void> {
		let pdf: Pdf;
		return this.#run(async () => {
			pdf = await load();
		}, '').then(() => pdf && this.blank(pdf.doc, pdf.fileName));
	}

	/**
	 * The statement's main action: a download, or at the kiosk a print straight away (a public
	 * terminal keeps no files), after which `clear` empties the form for the next person.
	 */
	async save(doc: PdfDocument, fileName: string, clear: () => void): Promise<void> {
		if (this.busy) return;
		if (!kioskMode.on) return this.download(doc, fileName);
		await this.print(doc, fileName);
		// Nothing printed: the form stays for the person still at the screen (the inactivity
		// reset clears it if they walk away).
		if (this.failedNow) return;
		clear();
		this.status = t.status.printedAndCleared;
	}

	/**
	 * After the PDF code or the form's checks failed to load: because a new version replaced
	 * them (what was typed stays in the form, and the preview prints), or for another reason.
	 */
	async failed(): Promise<void> {
		this.outdated = await newVersionDeployed();
		if (this.outdated)
			this.status = kioskMode.on ? common.update.kioskStatement : common.update.statement;
		else this.status = atKiosk('failed', t.status.failed);
	}

	/** The last PDF action failed (its status says why). */
	get failedNow(): boolean {
		return (
			this.outdated ||
			this.status === atKiosk('failed', t.status.failed) ||
			this.status === t.status.failed
		);
	}

	say(message: string): void {
		this.status = message;
	}
}
