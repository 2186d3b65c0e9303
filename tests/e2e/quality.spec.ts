// Quality gates over every page and its important states: WCAG 2.0/2.1 A and AA by axe-core,
// and reflow (no horizontal scrolling at 320 CSS px, nor at 200 % zoom of a 1280 px window).
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface State {
	name: string;
	path: string;
	/** Brings the page into the state after it has loaded. */
	act?: (page: Page) => Promise<void>;
}

const RESULT =
	'#household=family&members=none,none,centre&income=2469.01&food=0&products=0&lunches=20&date=2026-11-23';

const STATES: State[] = [
	{ name: 'the empty calculator', path: './' },
	{
		name: 'the calculator with a family result and its explanation open',
		path: './' + RESULT,
		act: async (page) => {
			await expect(page.getByTestId('allowance-amount')).toBeVisible();
			for (const details of await page.locator('main details').all()) {
				await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			}
		}
	},
	{
		name: 'the calculator with errors shown',
		path: './#household=single&income=abc&food=-5',
		act: async (page) => {
			await expect(page.getByRole('alert').first()).toBeVisible();
		}
	},
	{ name: 'the sources page', path: './zrodla/' },
	{ name: 'the statements index', path: './oswiadczenia/' },
	{
		name: 'the procedure guide, every quote open',
		path: './jak-skorzystac/',
		act: async (page) => {
			for (const details of await page.locator('details').all()) {
				await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			}
		}
	},
	{ name: 'the carer statement, empty', path: './oswiadczenia/opiekun-faktyczny/' },
	{
		name: 'the carer statement with its errors shown',
		path: './oswiadczenia/opiekun-faktyczny/',
		act: async (page) => {
			await page.getByRole('button', { name: /^Pobierz PDF/ }).click();
			await expect(page.getByRole('alert').first()).toBeVisible();
		}
	},
	{ name: 'the resignation statement, empty', path: './oswiadczenia/rezygnacja/' },
	{
		name: 'the resignation statement with its errors shown',
		path: './oswiadczenia/rezygnacja/',
		act: async (page) => {
			await page.getByRole('button', { name: /^Pobierz PDF/ }).click();
			await expect(page.getByRole('alert').first()).toBeVisible();
		}
	},
	{ name: 'the calculator in kiosk mode', path: './?kiosk' },
	{
		name: 'the kiosk inactivity warning',
		path: './?kiosk&idle=1',
		act: async (page) => {
			await expect(page.getByRole('dialog')).toBeVisible({ timeout: 5000 });
		}
	}
];

async function open(page: Page, state: State) {
	await page.goto(state.path);
	await page.waitForLoadState('networkidle');
	await state.act?.(page);
}

for (const state of STATES) {
	test(`${state.name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
		await open(page, state);
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		const summary = violations.map(
			(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(summary).toEqual([]);
	});
}

for (const state of STATES.filter((s) => !s.name.includes('warning'))) {
	for (const viewport of [
		{ label: 'a 320 px phone', width: 320, height: 640 },
		{ label: '200 % zoom of a 1280 px window', width: 640, height: 400 }
	]) {
		test(`${state.name} fits ${viewport.label} without horizontal scrolling`, async ({ page }) => {
			await page.setViewportSize({ width: viewport.width, height: viewport.height });
			await open(page, state);
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				// Wide tables may scroll inside their own box (WCAG 1.4.10 allows it for
				// two-dimensional content); nothing else may stick out of the page.
				const clipped = (el: Element) => {
					for (let p = el.parentElement; p; p = p.parentElement) {
						if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
					}
					return false;
				};
				const wide = [...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > width + 1)
					.filter((el) => getComputedStyle(el).position !== 'absolute' && !clipped(el))
					.slice(0, 5)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
				return { scroll: document.documentElement.scrollWidth - width, wide };
			});
			expect(overflow.wide).toEqual([]);
			expect(overflow.scroll).toBeLessThanOrEqual(0);
		});
	}
}

/**
 * The WCAG contrast ratio of an element's text against the first opaque background behind it
 * (the page's white where none is set). Fails on what it cannot judge exactly: a colour or a
 * background that is partly transparent, or a faded ancestor.
 */
function contrastOf(element: Locator): Promise<number> {
	return element.evaluate((el) => {
		const channels = (colour: string) => {
			const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(colour);
			if (!m) throw new Error(`unexpected colour ${colour}`);
			return { rgb: [m[1], m[2], m[3]].map(Number), alpha: m[4] === undefined ? 1 : Number(m[4]) };
		};
		const luminance = (rgb: number[]) => {
			const linear = (v = 0) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
		};
		const text = channels(getComputedStyle(el).color);
		if (text.alpha !== 1) throw new Error('the text colour is partly transparent');
		let background = [255, 255, 255];
		for (let node: Element | null = el; node; node = node.parentElement) {
			const style = getComputedStyle(node);
			if (Number(style.opacity) !== 1) throw new Error('an ancestor is faded');
			const { rgb, alpha } = channels(style.backgroundColor);
			if (alpha === 0) continue;
			if (alpha !== 1) throw new Error('a background is partly transparent');
			background = rgb;
			break;
		}
		const [a, b] = [luminance(text.rgb), luminance(background)];
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	});
}

test.describe('the amount has a contrast of at least 7:1 (axe holds everything else to 4.5:1)', () => {
	const cases = [
		{ name: 'an allowance due', path: './#household=single&members=none&income=700&food=0' },
		{ name: 'no allowance due', path: './#household=single&members=none&income=5000&food=0' },
		{ name: 'at the kiosk', path: './?kiosk#household=single&members=none&income=700&food=0' }
	];
	for (const c of cases) {
		test(c.name, async ({ page }) => {
			await page.goto(c.path);
			const amount = page.getByTestId('allowance-amount');
			await expect(amount).toBeVisible();
			expect(await contrastOf(amount)).toBeGreaterThanOrEqual(7);
		});
	}

	test('the same measure finds grey text on white (4.5:1) below 7:1, so it can fail', async ({
		page
	}) => {
		await page.goto('./#household=single&members=none&income=700&food=0');
		const amount = page.getByTestId('allowance-amount');
		await expect(amount).toBeVisible();
		await amount.evaluate((el) => ((el as HTMLElement).style.color = '#767676'));
		const ratio = await contrastOf(amount);
		expect(ratio).toBeGreaterThan(4.5);
		expect(ratio).toBeLessThan(4.6);
	});
});
