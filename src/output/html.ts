// `--format html`: one self-contained page per run (inline CSS, no script, nothing fetched)
// for reading the results by eye. Each document shows its text with every mention marked,
// coloured by kind and labelled by type in the manner of displaCy's entity view; the value,
// unit, approximation, subject and role are beside quantities and dates and on hover (title)
// for all; a table lists the quantities with their subjects. Streamed: one <section> per
// document, nothing held. Every piece of text from the input is escaped.
//
// The marks need the text the offsets refer to, so the CLI asks for it (`withText`) when the
// format is html; the text is printed once, as the marked-up article.
import type { DocumentRecord, Mention } from '../record.js';
import type { Writer } from './formats.js';
import { PAGE_STYLE } from './html-style.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

export function htmlWriter(): Writer {
  let count = 0;
  return {
    begin: () =>
      `<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
      `<title>zhnews</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n<h1 class="run">zhnews</h1>\n${legend()}\n`,
    document: (doc) => {
      count += 1;
      return renderDocument(doc, count);
    },
    end: () => `<footer class="run">${count} document${count === 1 ? '' : 's'}</footer>\n</body>\n</html>\n`,
  };
}

function legend(): string {
  const kinds = ['entity', 'date', 'quantity'].map((k) => `<mark class="k-${k}">${k}</mark>`).join(' ');
  return `<p class="legend">${kinds} · hover a mark for its value</p>`;
}

function renderDocument(doc: DocumentRecord, n: number): string {
  const id = `d${n}`;
  const heading = escapeHtml(doc.title ?? doc.doc);
  const body = doc.text === undefined ? '<p class="note">The document text is not in the record (extracted without text), so mentions are not marked.</p>' : `<div class="text">${markText(doc.text, doc.mentions, id)}</div>`;
  return `<section class="doc" id="${id}">\n<h2>${heading}</h2>\n${metaLine(doc)}\n${warnings(doc)}${body}\n${quantityTable(doc.mentions, id)}</section>\n`;
}

function metaLine(doc: DocumentRecord): string {
  const counts = (['entity', 'date', 'quantity'] as const).map((k) => `${doc.mentions.filter((m) => m.kind === k).length} ${k}`).join(', ');
  const parts = [
    `<code>${escapeHtml(doc.doc)}</code>`,
    `ref date ${escapeHtml(doc.ref_date ?? 'unknown')} (${escapeHtml(doc.ref_date_source)})`,
    escapeHtml(doc.encoding),
    ...(doc.source ? [`来源 ${escapeHtml(doc.source)}`] : []),
    ...(doc.author ? [`作者 ${escapeHtml(doc.author)}`] : []),
    `<span class="counts">${doc.mentions.length} mentions: ${counts}</span>`,
  ];
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

function warnings(doc: DocumentRecord): string {
  if (!doc.warnings?.length) return '';
  return `<ul class="warnings">${doc.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>\n`;
}

/**
 * The text with one <mark> per mention. Offsets are code points, so the text is cut as an
 * array of code points (`𠀀` is one). A mention inside another (`2024年` in
 * `《2024年济南市…地图》`) is a mark inside the outer mark; one that crosses another's end
 * cannot nest and is left unmarked (it still has its row in the table).
 */
function markText(text: string, mentions: readonly Mention[], id: string): string {
  const cps = Array.from(text);
  const order = mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const open: { m: Mention; i: number }[] = [];
  let out = '';
  let at = 0;
  const upTo = (end: number): void => {
    out += escapeHtml(cps.slice(at, end).join(''));
    at = end;
  };
  const close = (): void => {
    const top = open.pop();
    if (!top) return;
    upTo(top.m.end);
    out += closeMark(top.m);
  };
  for (const item of order) {
    while (open.length && (open.at(-1)?.m.end ?? 0) <= item.m.start) close();
    const outer = open.at(-1);
    if (item.m.start < at || item.m.end > cps.length || (outer && item.m.end > outer.m.end)) continue;
    upTo(item.m.start);
    out += openMark(item.m, `${id}-m${item.i}`);
    open.push(item);
  }
  while (open.length) close();
  upTo(cps.length);
  return out;
}

function openMark(m: Mention, id: string): string {
  return `<mark id="${id}" class="k-${m.kind} t-${m.type}" data-kind="${m.kind}" data-type="${m.type}" title="${escapeHtml(describe(m))}">`;
}

/** The displaCy label after the text: the type, and for dates and quantities the value. */
function closeMark(m: Mention): string {
  const shown = m.kind === 'entity' ? '' : `<span class="val">${escapeHtml(valueText(m))}</span>`;
  return `<span class="lbl">${m.type}${shown}</span></mark>`;
}

/** `147000000 CNY`, `1~2 P1D`, `2024-06-28`. */
function valueText(m: Mention): string {
  const value = m.value === null && m.min !== undefined && m.max !== undefined ? `${m.min}~${m.max}` : m.value === null ? '?' : String(m.value);
  return m.unit ? `${value} ${m.unit}` : value;
}

/** The hover text: every field of the mention a reader may want. */
function describe(m: Mention): string {
  const parts = [`${m.type}: ${valueText(m)}`];
  if (m.approx) parts.push(`approx ${m.approx}`);
  if (m.subject) parts.push(`subject ${m.subject}`);
  if (m.role) parts.push(`role ${m.role}`);
  if (m.rule) parts.push(`rule ${m.rule}`);
  parts.push(`@${m.start}-${m.end}`);
  return parts.join(' · ');
}

function quantityTable(mentions: readonly Mention[], id: string): string {
  const rows = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.kind === 'quantity')
    .map(({ m, i }) => {
      const cells = [`<a href="#${id}-m${i}">${escapeHtml(m.text)}</a>`, m.type, valueText(m), m.approx ?? '', m.subject ?? '', `${m.start}-${m.end}`];
      return `<tr>${cells.map((c, k) => `<td>${k === 0 ? c : escapeHtml(c)}</td>`).join('')}</tr>`;
    });
  if (rows.length === 0) return '';
  const head = ['mention', 'type', 'value', 'approx', 'subject', 'offsets'].map((h) => `<th>${h}</th>`).join('');
  return `<table class="quantities"><caption>Quantities (${rows.length})</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n`;
}
