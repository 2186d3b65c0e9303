// Type check only (npm run check): every language has every module the site imports from
// $messages, in the shape of the Polish one (./types.ts, Widen). A missing key, a missing
// function or a function with other arguments fails here. words.ts is each language's own.
import type * as plIndex from './pl/index';
import type * as ukIndex from './uk/index';
import type * as enIndex from './en/index';
import type * as plResult from './pl/calculator-result';
import type * as ukResult from './uk/calculator-result';
import type * as enResult from './en/calculator-result';
import type * as plSteps from './pl/steps';
import type * as ukSteps from './uk/steps';
import type * as enSteps from './en/steps';
import type * as plErrors from './pl/errors';
import type * as ukErrors from './uk/errors';
import type * as enErrors from './en/errors';
import type * as plSources from './pl/sources';
import type * as ukSources from './uk/sources';
import type * as enSources from './en/sources';
import type * as plGuide from './pl/guide';
import type * as ukGuide from './uk/guide';
import type * as enGuide from './en/guide';
import type * as plLocale from './pl/locale';
import type * as ukLocale from './uk/locale';
import type * as enLocale from './en/locale';
import type * as plQuotes from './pl/quotes';
import type * as ukQuotes from './uk/quotes';
import type * as enQuotes from './en/quotes';
import type * as plCalcErrors from './pl/calculator-errors';
import type * as ukCalcErrors from './uk/calculator-errors';
import type * as enCalcErrors from './en/calculator-errors';
import type * as plStatementErrors from './pl/statement-errors';
import type * as ukStatementErrors from './uk/statement-errors';
import type * as enStatementErrors from './en/statement-errors';
import type * as plStatementsIndex from './pl/statements-index';
import type * as ukStatementsIndex from './uk/statements-index';
import type * as enStatementsIndex from './en/statements-index';
import type * as plProcedure from './pl/procedure-quotes';
import type * as ukProcedure from './uk/procedure-quotes';
import type * as enProcedure from './en/procedure-quotes';
import type * as plCarerFields from './pl/carer-fields';
import type * as ukCarerFields from './uk/carer-fields';
import type * as enCarerFields from './en/carer-fields';
import type * as plResignationFields from './pl/resignation-fields';
import type * as ukResignationFields from './uk/resignation-fields';
import type * as enResignationFields from './en/resignation-fields';
import type * as plStatementKiosk from './pl/statement-kiosk';
import type * as ukStatementKiosk from './uk/statement-kiosk';
import type * as enStatementKiosk from './en/statement-kiosk';
import type * as plMaxima from './pl/maxima-tables';
import type * as ukMaxima from './uk/maxima-tables';
import type * as enMaxima from './en/maxima-tables';
import type * as plRefs from './pl/refs';
import type * as ukRefs from './uk/refs';
import type * as enRefs from './en/refs';
import type { Widen } from './types';

/** Compiles only when T has the shape of the Polish module P. */
type Like<P, T extends Widen<P>> = T;

export type LanguagesHaveEveryMessage = [
	Like<typeof plIndex, typeof ukIndex>,
	Like<typeof plIndex, typeof enIndex>,
	Like<typeof plResult, typeof ukResult>,
	Like<typeof plResult, typeof enResult>,
	Like<typeof plSteps, typeof ukSteps>,
	Like<typeof plSteps, typeof enSteps>,
	Like<typeof plErrors, typeof ukErrors>,
	Like<typeof plErrors, typeof enErrors>,
	Like<typeof plSources, typeof ukSources>,
	Like<typeof plSources, typeof enSources>,
	Like<typeof plGuide, typeof ukGuide>,
	Like<typeof plGuide, typeof enGuide>,
	Like<typeof plLocale, typeof ukLocale>,
	Like<typeof plLocale, typeof enLocale>,
	Like<typeof plQuotes, typeof ukQuotes>,
	Like<typeof plQuotes, typeof enQuotes>,
	Like<typeof plCalcErrors, typeof ukCalcErrors>,
	Like<typeof plCalcErrors, typeof enCalcErrors>,
	Like<typeof plStatementErrors, typeof ukStatementErrors>,
	Like<typeof plStatementErrors, typeof enStatementErrors>,
	Like<typeof plStatementsIndex, typeof ukStatementsIndex>,
	Like<typeof plStatementsIndex, typeof enStatementsIndex>,
	Like<typeof plProcedure, typeof ukProcedure>,
	Like<typeof plProcedure, typeof enProcedure>,
	Like<typeof plCarerFields, typeof ukCarerFields>,
	Like<typeof plCarerFields, typeof enCarerFields>,
	Like<typeof plResignationFields, typeof ukResignationFields>,
	Like<typeof plResignationFields, typeof enResignationFields>,
	Like<typeof plStatementKiosk, typeof ukStatementKiosk>,
	Like<typeof plStatementKiosk, typeof enStatementKiosk>,
	Like<typeof plMaxima, typeof ukMaxima>,
	Like<typeof plMaxima, typeof enMaxima>,
	Like<typeof plRefs, typeof ukRefs>,
	Like<typeof plRefs, typeof enRefs>
];
