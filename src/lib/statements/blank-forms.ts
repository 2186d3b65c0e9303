// The two blank forms of the statements page (/oswiadczenia/): their documents and file names.
// The page loads this module when a blank-form button is pointed at, focused or pressed, not
// with the page (issue 18).
import type { Pdf } from './pdf-workflow.svelte';
import { carerDocument, carerFileName } from './carer';
import { resignationDocument, resignationFileName } from './resignation';

export type BlankForm = 'carer' | 'resignation';

export function blankForm(form: BlankForm): Pdf {
	return form === 'carer'
		? { doc: carerDocument(null), fileName: carerFileName(null) }
		: { doc: resignationDocument(null), fileName: resignationFileName(null) };
}
