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
	Like<typeof plQuotes, typeof enQuotes>
];
