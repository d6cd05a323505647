// The library: `import { extractText, extractFile } from 'zhnews'`. It never touches
// process.*, never prints and never exits; the CLI (src/cli/) is a thin layer over it and
// imports src/document.ts directly, so that only `zhnews schema` loads zod, and loads only
// the extractors its --types need, and the news-page reader only for a page; the library makes
// every extractor and the page reader ready here.
import './extract/registry.js';
import { readHtmlPage } from './input/html.js';
import { usePageReader } from './document.js';
export { extractText, extractBytes, extractFile, streamBytes, type ExtractOptions } from './document.js';
export { ZhnewsError, type ErrorCode } from './errors.js';
export { DocumentRecord, Mention, jsonSchemas } from './record.js';
export type { RefDate, MentionType } from './types.js';

usePageReader(readHtmlPage);
