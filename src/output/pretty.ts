// pretty: for a person at a terminal. Per document, the mentions grouped by kind, each with
// its value and the sentence it stands in. Colour only when asked (a TTY without NO_COLOR).
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentRecord, Mention } from '../record.js';
import type { Writer } from './formats.js';

const KIND_TITLES = { entity: 'Entities', date: 'Dates', quantity: 'Quantities' } as const;

export function prettyWriter(options: { color: boolean }): Writer {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { entity: c.cyan, date: c.green, quantity: c.yellow } as const;
  return {
    begin: () => '',
    document: (doc) => {
      const lines = [c.bold(`${doc.doc}`) + c.dim(`  ${doc.mentions.length} mentions${doc.ref_date ? `, ref date ${doc.ref_date}` : ''}`)];
      for (const kind of ['entity', 'date', 'quantity'] as const) {
        const ms = doc.mentions.filter((m) => m.kind === kind);
        if (ms.length === 0) continue;
        lines.push(`  ${c.bold(KIND_TITLES[kind])} (${ms.length})`);
        for (const m of ms) for (const line of describe(m, paint[kind], c)) lines.push(line);
      }
      return `${lines.join('\n')}\n\n`;
    },
    end: () => '',
  };
}

function describe(m: Mention, paint: ChalkInstance, c: ChalkInstance): string[] {
  const text = m.text.replace(/\s+/gu, '');
  const value = m.value === null && m.min !== undefined ? `${m.min}–${m.max}` : String(m.value);
  const extras = [m.unit ? m.unit : '', m.approx ? `(${m.approx})` : '', m.subject ? `of ${m.subject}` : '', m.role ? `[${m.role}]` : '']
    .filter(Boolean)
    .join(' ');
  const head = `    ${m.type.padEnd(12)} ${paint(text)}${value !== text ? ` → ${value}` : ''}${extras ? ` ${extras}` : ''}  ${c.dim(`@${m.start}`)}${m.rule ? c.dim(` ${m.rule}`) : ''}`;
  return [head, `      ${c.dim(m.context)}`];
}
