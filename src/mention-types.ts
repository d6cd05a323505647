// The kinds and types of mention (docs/records.md), as plain constants: the zod schemas
// (src/record.ts) and the `--types` parser both read them, and importing them loads no zod.
export const KINDS = ['entity', 'date', 'quantity'] as const;
export const ENTITY_TYPES = ['person', 'organization', 'location', 'work'] as const;
export const DATE_TYPES = ['date', 'daterange'] as const;
export const QUANTITY_TYPES = ['money', 'area', 'percent', 'temperature', 'length', 'weight', 'volume', 'duration', 'count'] as const;
export const TYPES = [...ENTITY_TYPES, ...DATE_TYPES, ...QUANTITY_TYPES] as const;
