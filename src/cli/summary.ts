// The summary at the end of a batch, on stderr: files, bytes, mentions per kind, failures,
// time. Printed for a batch of more than one input unless --quiet; never on stdout.
import type { DocumentRecord, Mention } from '../record.js';

export class Summary {
  failures = 0;
  private files = 0;
  private bytes = 0;
  private readonly kinds = { entity: 0, date: 0, quantity: 0 };
  private readonly started = process.hrtime.bigint();

  constructor(private readonly quiet: boolean) {}

  read(bytes: number): void {
    this.bytes += bytes;
  }

  add(doc: DocumentRecord): void {
    this.files += 1;
    this.count(doc.mentions);
  }

  /** Tallies mentions by kind (a streamed document's parts come one at a time). */
  count(mentions: readonly Mention[]): void {
    for (const m of mentions) this.kinds[m.kind] += 1;
  }

  /** A document rendered elsewhere (a worker), with its counts per kind. */
  addCounts(kinds: { entity: number; date: number; quantity: number }): void {
    this.files += 1;
    this.countKinds(kinds);
  }

  /** Mentions per kind counted elsewhere (a worker), of a document counted separately. */
  countKinds(kinds: { entity: number; date: number; quantity: number }): void {
    this.kinds.entity += kinds.entity;
    this.kinds.date += kinds.date;
    this.kinds.quantity += kinds.quantity;
  }

  /** One more document read, its mentions counted separately. */
  document(): void {
    this.files += 1;
  }

  failed(): void {
    this.failures += 1;
  }

  print(): void {
    if (this.quiet || this.files + this.failures < 2) return;
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const mb = this.bytes / 1e6;
    process.stderr.write(
      `zhnews: ${plural(this.files, ['document', 'documents'])}, ${mb.toFixed(2)} MB, ${plural(this.kinds.entity, ['entity', 'entities'])}, ` +
        `${plural(this.kinds.date, ['date', 'dates'])}, ${plural(this.kinds.quantity, ['quantity', 'quantities'])}, ${this.failures} failed, ` +
        `${seconds.toFixed(2)} s (${(mb / Math.max(seconds, 1e-9)).toFixed(2)} MB/s)\n`,
    );
  }
}

/** `1 document`, `2 documents` (the pretty view's own helper is not imported: it loads chalk). */
function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}
