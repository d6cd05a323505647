// The options of `zhnews extract`, declared once: this table drives the parser and --help,
// and test/cli/readme.test.ts checks that the README documents every flag.

export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly defaultText?: string;
  /** May be given more than once; the values are collected in order. */
  readonly repeatable?: boolean;
}

export const EXTRACT_OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'jsonl, json, csv, pretty or html (one self-contained page with the mentions marked)', defaultText: 'from the -o extension, else pretty on a terminal, else jsonl' },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout: a regular file atomically (temporary file, then rename), a FIFO or device directly' },
  { flags: '--color <when>', description: 'colour in the pretty view: auto, always or never (auto honours FORCE_COLOR, NO_COLOR and TERM=dumb)', defaultText: 'auto' },
  { flags: '-r, --ref-date <YYYY-MM-DD>', description: 'the date relative dates (今年, 5月19日) are resolved against; wins over dates found in the input' },
  { flags: '-t, --types <list>', description: 'kinds or types to extract (entity, date, quantity, person, money, ...), comma-separated or repeated', defaultText: 'all', repeatable: true },
  { flags: '--ext <list>', description: 'file extensions read in folders', defaultText: '.txt,.text,.md,.html,.htm' },
  { flags: '--input <mode>', description: 'text, or jsonl: lines of {"id","text","ref_date"?} from files or stdin', defaultText: 'text' },
  { flags: '--bom', description: 'CSV: start with a UTF-8 byte-order mark, for Excel' },
  { flags: '--explain', description: 'add the id of the rule that made each mention as `rule`' },
  { flags: '--context <mode>', description: 'sentence: each mention carries the sentence it stands in; none: no context field (over half the size of the JSON Lines, for pipelines that do not read it)', defaultText: 'sentence' },
  { flags: '--with-text', description: 'json: put the text the offsets refer to into each document record' },
  { flags: '--dict <file>', description: 'a user dictionary (repeatable): `word [freq] [type]` a line; typed names (person, organization, location, work, or nr, nt, ns) are always extracted', repeatable: true },
  { flags: '-j, --jobs <n>', description: 'worker threads, each with its own segmenter; output stays in input order (at most the number of cores)', defaultText: 'the main thread for a batch under 4 MB, else the number of cores' },
  { flags: '--shard <k/n>', description: 'take every n-th input of the sorted listing, starting at the k-th (1-based)' },
  { flags: '--strict', description: 'a number too large to hold exactly fails its input (exit 1) instead of giving value null' },
  { flags: '-q, --quiet', description: 'no progress line and no summary on stderr' },
];

export interface ExtractFlags {
  format?: string;
  output?: string;
  refDate?: string;
  types?: string[];
  color?: string;
  ext?: string;
  input?: string;
  bom?: boolean;
  explain?: boolean;
  withText?: boolean;
  context?: string;
  dict?: string[];
  jobs?: string;
  shard?: string;
  strict?: boolean;
  quiet?: boolean;
}

export const EXAMPLES = `
Examples:
  $ zhnews extract article.txt                    read one article, pretty on a terminal
  $ zhnews extract --format jsonl news/ > out.jsonl   a folder, recursively, sorted by path
  $ zhnews extract --ref-date 2024-06-28 --types money,percent,date a.txt
  $ zhnews extract --bom -o mentions.csv news/    CSV (from the extension), for Excel
  $ cat a.txt | zhnews extract -                  standard input
  $ zhnews extract --input jsonl docs.jsonl       {"id": ..., "text": ...} per line
  $ zhnews schema mention > mention.schema.json   the JSON Schema of a record

Exit codes: 0 every input was read (even with no mentions), 1 some input failed
(each failure is one line on stderr; the rest are still written), 2 usage error.`;
