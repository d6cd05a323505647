// Currency words after an amount, each with its ISO 4217 code (SPEC.md: every currency news
// names is money in its own code). Two sources:
// - the full Chinese names of every current currency, read once at load time from Node's ICU
//   data: `Intl.DisplayNames(['zh'], { type: 'currency' })` over
//   `Intl.supportedValuesOf('currency')` (`澳大利亚元` AUD, `瑞士法郎` CHF, `南非兰特` ZAR), kept by
//   the build step so a run need not load ICU's locale data (lib/icu-names.ts);
// - the short forms news writes, which ICU does not list (table below, from general
//   knowledge of Chinese news usage: `澳元`, `加元`, `卢布`, `台币`, `兰特`, `美圆`).
// A name that ICU gives to two codes is left out (it names neither for sure), and so is a
// name with Latin letters, digits or brackets (`津巴布韦元 (2009)`, a withdrawn issue).
import type { UnitRule } from './units.js';
import { icuNames } from '../lib/icu-names.js';

export interface CurrencyShortForm {
  readonly code: string;
  readonly words: readonly string[];
  readonly example: string;
}

export const CURRENCY_SHORT_FORMS: readonly CurrencyShortForm[] = [
  { code: 'USD', words: ['美元', '美金', '美圆'], example: '3亿美元' },
  { code: 'HKD', words: ['港元', '港币', '港幣'], example: '500万港元' },
  { code: 'EUR', words: ['欧元'], example: '20欧元' },
  { code: 'JPY', words: ['日元', '日圆'], example: '1000日元' },
  { code: 'GBP', words: ['英镑'], example: '50英镑' },
  { code: 'KRW', words: ['韩元', '韩圆'], example: '1万韩元' },
  { code: 'TWD', words: ['新台币', '台币'], example: '100新台币' },
  { code: 'AUD', words: ['澳元', '澳币'], example: '2300万澳元' },
  { code: 'CAD', words: ['加元', '加币'], example: '15加元' },
  { code: 'RUB', words: ['卢布'], example: '500卢布' },
  { code: 'CHF', words: ['瑞郎'], example: '80瑞郎' },
  { code: 'ZAR', words: ['兰特'], example: '200兰特' },
  { code: 'SGD', words: ['新元', '新币'], example: '30新元' },
  { code: 'NZD', words: ['纽元', '纽币'], example: '40纽元' },
  { code: 'MOP', words: ['澳门元', '葡币'], example: '100澳门元' },
  { code: 'MYR', words: ['林吉特', '马币'], example: '50林吉特' },
  { code: 'BRL', words: ['雷亚尔'], example: '90雷亚尔' },
  { code: 'IDR', words: ['印尼盾'], example: '1万印尼盾' },
];

/** The full names ICU knows, by name; a name shared by two codes maps to null. */
function icuCurrencyNames(): Map<string, string | null> {
  const names = new Map<string, string | null>();
  for (const [code, name] of Object.entries(icuNames().currency)) {
    if (!/^[\u4e00-\u9fff-]+$/u.test(name)) continue;
    names.set(name, names.has(name) && names.get(name) !== code ? null : code);
  }
  return names;
}

/**
 * One money row per currency code: the short forms first, then every ICU name not already
 * taken (`人民币` and `元` are the CNY row of units.ts, passed in `taken`).
 */
export function currencyRules(taken: ReadonlySet<string>): UnitRule[] {
  const byCode = new Map<string, { words: string[]; example: string }>();
  for (const row of CURRENCY_SHORT_FORMS) byCode.set(row.code, { words: [...row.words], example: row.example });
  for (const [name, code] of icuCurrencyNames()) {
    if (code === null || taken.has(name)) continue;
    const row = byCode.get(code) ?? { words: [], example: `100${name}` };
    if (!row.words.includes(name)) row.words.push(name);
    byCode.set(code, row);
  }
  return [...byCode].map(([code, row]) => ({
    id: `money-${code.toLowerCase()}`, words: row.words, type: 'money', unit: code, num: 1, den: 1, example: row.example,
  }));
}
