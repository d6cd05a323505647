// Reads the corpus files of test/corpus/<extractor>/<phenomenon>.txt (format: README of that
// folder and STYLE.md): each line is one case, `input => type value [unit] [approx] [k=v ...]`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Expectation {
  type: string;
  value: string | number | null | { min: number; max: number };
  unit?: string;
  approx?: string | null;
  fields: Record<string, string | null>;
}

export interface Case {
  file: string;
  line: number;
  text: string;
  refDate: string | null;
  /** Expected span in code points; null for `not-` files. */
  span: { start: number; end: number } | null;
  /** True when the line had no [[ ]]: exactly one mention of the extractor must cover it. */
  whole: boolean;
  expect: Expectation | null;
}

export function readCorpus(dir: string): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const negative = file.startsWith('not-');
    let refDate: string | null = null;
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const line = raw.trimEnd();
        const ref = /^#\s*ref_date:\s*(\S+)/u.exec(line);
        if (ref) refDate = ref[1] === 'none' ? null : (ref[1] ?? null);
        if (!line.trim() || line.trimStart().startsWith('#')) return;
        cases.push(parseLine(line, `${file}`, i + 1, refDate, negative));
      });
  }
  return cases;
}

function parseLine(line: string, file: string, lineNo: number, refDate: string | null, negative: boolean): Case {
  const arrow = line.lastIndexOf(' => ');
  const input = unescape((negative || arrow < 0 ? line : line.slice(0, arrow)).trim());
  if (negative) return { file, line: lineNo, text: input.replace(/\[\[|\]\]/gu, ''), refDate, span: null, whole: false, expect: null };
  if (arrow < 0) throw new Error(`${file}:${lineNo}: no ' => ' in a positive corpus line`);
  const open = input.indexOf('[[');
  const close = input.indexOf(']]');
  const text = input.replace('[[', '').replace(']]', '');
  const cp = (s: string): number => [...s].length;
  const span = open >= 0 && close > open ? { start: cp(input.slice(0, open)), end: cp(input.slice(0, close)) - 2 } : { start: 0, end: cp(text) };
  return { file, line: lineNo, text, refDate, span, whole: open < 0, expect: parseExpectation(line.slice(arrow + 4).trim()) };
}

function parseExpectation(s: string): Expectation {
  const [type = '', rawValue = 'null', ...rest] = s.split(/\s+/u);
  const range = /^(-?[\d.]+)~(-?[\d.]+)$/u.exec(rawValue);
  const value = range ? { min: Number(range[1]), max: Number(range[2]) } : parseScalar(rawValue);
  const fields: Record<string, string | null> = {};
  const positional: string[] = [];
  for (const token of rest) {
    const eq = token.indexOf('=');
    if (eq > 0) fields[token.slice(0, eq)] = token.slice(eq + 1) === 'null' ? null : token.slice(eq + 1);
    else positional.push(token);
  }
  const e: Expectation = { type, value, fields };
  const [unit, approx] = positional;
  if (unit !== undefined && unit !== '-') e.unit = unit === '_' ? '' : unit;
  if (approx !== undefined && approx !== '-') e.approx = approx === 'null' ? null : approx;
  return e;
}

function parseScalar(s: string): string | number | null {
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/iu.test(s)) return Number(s);
  return s;
}

function unescape(s: string): string {
  return s.replace(/\\n/gu, '\n').replace(/\\t/gu, '\t').replace(/\\u\{?([0-9a-fA-F]{4,5})\}?/gu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}
