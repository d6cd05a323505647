// Chinese names from Node's ICU data, `Intl.DisplayNames(['zh'])`: currency names for the money
// rules (rules/currencies.ts) and region names for the world's places (rules/world-places.ts).
// Making a Chinese display-name object loads ICU's locale data, about 40 ms of every start-up,
// so the build step (scripts/build-data.mjs) asks ICU once and writes the answers to
// dist/data/icu-names.json; a run reads them from there when the file was written with the
// same ICU version as the running Node, else asks ICU itself (and so do the tests, from src/).
// Either way the names are ICU's: the file only remembers them.
import { readFileSync } from 'node:fs';

/** Where the build step writes the names: dist/data/ beside dist/extract/. */
export const ICU_NAMES_FILE = new URL('../../data/icu-names.json', import.meta.url);

export interface IcuNames {
  /** The ICU version that gave the names (process.versions.icu). */
  readonly icu: string;
  /** ISO 4217 code -> Chinese name, for every code of Intl.supportedValuesOf('currency') that has one. */
  readonly currency: Readonly<Record<string, string>>;
  /** Two-letter region code (AA..ZZ) -> Chinese name, for every code ICU names. */
  readonly region: Readonly<Record<string, string>>;
}

let cached: IcuNames | null = null;

/** The names, from the build-time file when it matches this Node's ICU, else from ICU. */
export function icuNames(file: URL = ICU_NAMES_FILE): IcuNames {
  if (file !== ICU_NAMES_FILE) return readNamesFile(file) ?? askIcu();
  cached ??= readNamesFile(file) ?? askIcu();
  return cached;
}

function readNamesFile(file: URL): IcuNames | null {
  try {
    const names = JSON.parse(readFileSync(file, 'utf8')) as IcuNames;
    return names.icu === process.versions.icu ? names : null;
  } catch {
    return null;
  }
}

/** Asks ICU for every name (what the build step writes). A Node built without ICU gives none. */
export function askIcu(): IcuNames {
  return { icu: process.versions.icu ?? '', currency: currencyNames(), region: regionNames() };
}

function currencyNames(): Record<string, string> {
  const out: Record<string, string> = {};
  const display = displayNames('currency');
  if (!display) return out;
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = display.of(code);
    if (name !== undefined) out[code] = name;
  }
  return out;
}

function regionNames(): Record<string, string> {
  const out: Record<string, string> = {};
  const display = displayNames('region');
  if (!display) return out;
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      const name = safeOf(display, code);
      if (name !== undefined) out[code] = name;
    }
  }
  return out;
}

function displayNames(type: 'currency' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['zh'], type === 'currency' ? { type, fallback: 'none' } : { type });
  } catch {
    return null;
  }
}

function safeOf(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}
