// `--types`: which mentions to produce. A name may be a kind (entity, date, quantity), a type
// (person, money, daterange ...) or a category of the scorer (percent, quantity). The types
// filter the settled mentions; which extractors must run for that is pipeline.ts's
// selectExtractors (entities alone skip dates and quantities; jieba loads only when asked).
import { ZhnewsError } from './errors.js';
import { nearest } from './nearest.js';
import { DATE_TYPES, ENTITY_TYPES, QUANTITY_TYPES, TYPES } from './mention-types.js';
import type { MentionType } from './types.js';

const GROUPS: Readonly<Record<string, readonly MentionType[]>> = {
  entity: ENTITY_TYPES,
  entities: ENTITY_TYPES,
  date: DATE_TYPES,
  dates: DATE_TYPES,
  quantity: QUANTITY_TYPES,
  quantities: QUANTITY_TYPES,
};

export function parseTypes(names: readonly string[] | string | undefined | null): ReadonlySet<MentionType> | null {
  if (names === undefined || names === null) return null;
  const list = (typeof names === 'string' ? names.split(',') : names).map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return null;
  const selected = new Set<MentionType>();
  for (const name of list) {
    const group = GROUPS[name];
    if (group) for (const t of group) selected.add(t);
    else if ((TYPES as readonly string[]).includes(name)) selected.add(name as MentionType);
    else {
      const hint = nearest(name, [...Object.keys(GROUPS), ...TYPES]);
      throw new ZhnewsError('E_USAGE', `unknown type '${name}'${hint ? ` (did you mean ${hint}?)` : ''} (known: entity, date, quantity, ${TYPES.join(', ')})`);
    }
  }
  return selected;
}
