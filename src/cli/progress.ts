// The progress line on stderr: files done / total, MB/s, ETA. Only when stderr is a terminal,
// not --quiet, and the batch has many files; redrawn at most every 200 ms, cleared at the end.
const MANY = 20;
const EVERY_MS = 200;

export class Progress {
  private files = 0;
  private bytes = 0;
  private last = 0;
  private shown = false;
  private readonly started = Date.now();
  private readonly on: boolean;

  constructor(private readonly total: number, enabled: boolean) {
    this.on = enabled && total >= MANY;
  }

  done(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.on || now - this.last < EVERY_MS) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.bytes / 1e6 / seconds;
    const eta = this.files > 0 ? ((this.total - this.files) * seconds) / this.files : 0;
    process.stderr.write(`\r\u001b[2Kzhnews: ${this.files}/${this.total} files, ${rate.toFixed(2)} MB/s, ETA ${Math.ceil(eta)} s`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}
