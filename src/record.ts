// The output contract (docs/records.md) as zod schemas: the one source of truth for the
// records, the TypeScript types, the committed JSON Schemas (schemas/*.json) and the tests.
// Only `zhnews schema`, the library's index and the tests load this module at run time;
// everything else imports its types alone (`import type`), which loads no zod.
import { z } from 'zod';

import { DATE_TYPES, ENTITY_TYPES, KINDS, QUANTITY_TYPES, TYPES } from './mention-types.js';

export { DATE_TYPES, ENTITY_TYPES, KINDS, QUANTITY_TYPES, TYPES };

export const Mention = z
  .object({
    doc: z.string().describe('the input path as given, `-` for standard input, or the id of a JSON Lines input record'),
    kind: z.enum(KINDS),
    type: z.enum(TYPES),
    text: z.string().min(1).describe('the mention exactly as it stands in the original text'),
    start: z.number().int().nonnegative().describe('code-point offset into the decoded original text'),
    end: z.number().int().positive().describe('code-point offset, exclusive'),
    value: z.union([z.string(), z.number(), z.null()]).describe('the normalized value; null where it cannot be resolved exactly'),
    unit: z.string().optional().describe('quantities: the canonical unit'),
    approx: z.enum(['about', 'over', 'under']).nullable().optional(),
    subject: z.string().nullable().optional().describe('quantities: what the amount measures or counts'),
    min: z.number().optional().describe('ranges: the lower bound'),
    max: z.number().optional().describe('ranges: the upper bound'),
    role: z.string().optional().describe('people: 记者, 通讯员, 编辑 ... where the text gives one'),
    context: z.string().optional().describe('the sentence the mention stands in, cleaned; absent with --context none'),
    rule: z.string().optional().describe('with --explain: the id of the rule that made the mention'),
  })
  .strict()
  .refine((m) => m.end > m.start, { message: 'end must be greater than start' });
export type Mention = z.infer<typeof Mention>;

export const DocumentRecord = z
  .object({
    doc: z.string(),
    title: z.string().nullable(),
    ref_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable().describe('the reference date used for relative dates'),
    ref_date_source: z.enum(['option', 'input', 'page', 'none']).describe('where the reference date came from'),
    encoding: z.string().describe('the encoding the input was decoded from'),
    source: z.string().nullable().optional().describe('HTML pages: the 来源 line'),
    author: z.string().nullable().optional().describe('HTML pages: the 作者 / 记者 line'),
    warnings: z.array(z.string()).optional(),
    text: z.string().optional().describe('with --with-text: the decoded (article) text that offsets refer to'),
    mentions: z.array(Mention),
  })
  .strict();
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** The JSON Schemas committed under schemas/ and printed by `zhnews schema`. */
export function jsonSchemas(): Record<'mention' | 'document', unknown> {
  return {
    mention: z.toJSONSchema(Mention, { io: 'output' }),
    document: z.toJSONSchema(DocumentRecord, { io: 'output' }),
  };
}
