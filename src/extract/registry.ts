// Every extractor, in the order they run. Overlaps between their drafts are settled later,
// in src/refine/, so the order here changes nothing but the order of work. Importing this
// module loads every extractor and marks it ready for the pipeline (the library's path);
// the command line loads only the ones its --types need, through src/extract/catalog.ts.
import type { Extractor } from './types.js';
import { markReady } from './catalog.js';
import { work } from './work.js';
import { dictionary } from './dictionary.js';
import { person } from './person.js';
import { date } from './date.js';
import { quantity } from './quantity.js';
import { organization } from './organization.js';
import { location } from './location.js';

export const EXTRACTORS: readonly Extractor[] = [
  work,
  dictionary,
  person,
  date,
  quantity,
  organization,
  location,
];

markReady(EXTRACTORS);
