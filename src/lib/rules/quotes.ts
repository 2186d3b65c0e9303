// The exact sentences of the order's zał. nr 4 that the calculator quotes (Polish in every
// language of the site). Data, not prose: the only Polish in src/lib/rules besides
// parameters.ts. The column headings the maxima tables quote on the start page are exports of
// their own, so that page does not load every quote.

/** The headings of the second column of tables 1–4 (R3). */
export const COLUMN_CENTRE_FREE = 'Osoba korzystająca z bezpłatnych usług ośrodka wsparcia';
export const COLUMN_CENTRE_PAID_2 =
	'Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za 1 obiad';
export const COLUMN_CENTRE_PAID_4 =
	'Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za obiad';

/** The exact sentences of zał. nr 4, quoted in the explanation. */
export const QUOTES = {
	point1:
		'Świadczenie pieniężne w postaci zasiłku celowego w ramach wieloletniego rządowego programu „Posiłek w szkole i w domu” można przyznać osobie/rodzinie, której dochód wynosi od 0 do 200% ustawowego kryterium dochodowego.',
	point2:
		'Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej lub osoby w rodzinie określono w tabelach poniżej.',
	point3:
		'W szczególnie uzasadnionych przypadkach można zwiększyć kwoty po uzgodnieniu i akceptacji Dyrektora Ośrodka.',
	point4:
		'W ramach programu „Posiłek w szkole i w domu” osoba/rodzina może otrzymać w tym samym czasie tylko jedną ze wskazanych form wsparcia: posiłek lub zasiłek celowy na zakup żywności albo pomoc rzeczową w postaci produktów żywnościowych, zgodnie z regulacjami zawartymi w programie.',
	table1:
		'Tabela nr 1. Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej spełniającej warunek dochodu do 100% ustawowego kryterium',
	table2:
		'Tabela nr 2. Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej spełniającej warunek dochodu powyżej 100% do 200% ustawowego kryterium',
	table3:
		'Tabela nr 3. Maksymalne kwoty świadczeń dla osoby w rodzinie spełniającej warunek dochodu na osobę do 100% ustawowego kryterium',
	table4:
		'Tabela nr 4. Maksymalne kwoty świadczeń dla osoby w rodzinie spełniającej warunek dochodu na osobę powyżej 100% do 200% ustawowego kryterium',
	columnNone:
		'Osoba nie korzystająca z posiłków w jadłodajni przy domu dziennego pobytu ani w jadłodajni wyłonionej w trybie zamówień publicznych',
	columnCentreFree: COLUMN_CENTRE_FREE,
	columnCentrePaid2: COLUMN_CENTRE_PAID_2,
	columnCentrePaid4: COLUMN_CENTRE_PAID_4,
	t1none:
		'w maksymalnej wysokości 500,00 zł pod warunkiem, że osoba nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t1centre:
		'w maksymalnej wysokości 275,00 zł pod warunkiem, że osoba ta nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t2none: 'w maksymalnej wysokości 300,00 zł',
	t2centre: 'w maksymalnej wysokości 195,00 zł',
	t3none:
		'w maksymalnej wysokości 400,00 zł dla każdej osoby pod warunkiem, że rodzina nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t3centre:
		'w maksymalnej wysokości 225,00 zł dla każdej osoby pod warunkiem, że rodzina nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t4none: 'w maksymalnej wysokości 250,00 zł dla każdej osoby',
	t4centre: 'w maksymalnej wysokości 175,00 zł dla każdej osoby',
	t1noneDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 500,00 zł a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t1centreDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 275,00 zł a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t3noneDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 400,00 zł dla każdej osoby a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t3centreDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 225,00 zł dla każdej osoby a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	familySum:
		'Kwota świadczenia jest sumą kwot, jakie przysługują każdemu członkowi rodziny zgodnie z powyższymi warunkami',
	rounding: 'wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.'
} as const;
