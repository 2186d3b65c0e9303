// The link that reopens a calculation: the page's address (base path and query kept, so a
// sub-path deployment works) with the inputs in the fragment. Numbers and choices only
// (./fragment.ts): never a name. For "Kopiuj link", "Wyślij", the QR code on the printout and
// in the PDF summary.
export function calculationLink(fragment: string, href: string = location.href): string {
	const base = href.replace(/#.*$/, '');
	return fragment ? `${base}#${fragment}` : base;
}
