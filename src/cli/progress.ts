// The progress line on stderr: files done / total, MB/s, ETA. Only when stderr is a terminal
// that can redraw a line (not TERM=dumb), not --quiet, and the batch has many files; redrawn
// at most every 200 ms, cleared at the end.
//
// The ETA is measured from the first finished file, not from the start: the start-up (rule
// tables, worker threads) would otherwise count as per-file time and make the first estimates
// of a small batch many times too long. Until a few files have finished after it, it reads `…`.
const MANY = 20;
const EVERY_MS = 200;
/** Files that must finish after the first before the rate is trusted. */
const SETTLE_FILES = 3;

export class Progress {
  private files = 0;
  private bytes = 0;
  private last = 0;
  private shown = false;
  private readonly started = Date.now();
  private firstDone: number | null = null;
  private filesAtFirst = 0;
  private readonly on: boolean;

  constructor(private readonly total: number, enabled: boolean) {
    this.on = enabled && total >= MANY && process.env.TERM !== 'dumb';
  }

  done(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    const now = Date.now();
    if (this.firstDone === null && this.files > 0) {
      this.firstDone = now;
      this.filesAtFirst = this.files;
    }
    if (!this.on || now - this.last < EVERY_MS) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.bytes / 1e6 / seconds;
    process.stderr.write(`\r\u001b[2Kzhnews: ${this.files}/${this.total} files, ${rate.toFixed(2)} MB/s, ETA ${this.eta(now)}`);
    this.shown = true;
  }

  private eta(now: number): string {
    return estimate({ total: this.total, files: this.files, filesAtFirst: this.filesAtFirst, firstDone: this.firstDone, now });
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}

/** Seconds left at the pace since the first finished file, or `…` while that pace is unknown. */
export function estimate(p: { total: number; files: number; filesAtFirst: number; firstDone: number | null; now: number }): string {
  const since = p.files - p.filesAtFirst;
  if (p.firstDone === null || since < SETTLE_FILES) return '…';
  const perFile = (p.now - p.firstDone) / 1000 / since;
  return `${Math.ceil((p.total - p.files) * perFile)} s`;
}
