// Every extractor, in the order they run. Overlaps between their drafts are settled later,
// in src/refine/, so the order here changes nothing but the order of work.
import type { Extractor } from './types.js';
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
