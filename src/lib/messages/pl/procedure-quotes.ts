// Translations of the procedure's points (src/lib/procedure/points.ts), shown beside the Polish
// text on /jak-skorzystac/ in another language. Polish needs none.
import type { ProcedureQuoteTranslations } from '../procedure-translation';

export const procedureQuotes: ProcedureQuoteTranslations | null = null;
