/**
 * Progress of long work (hashing, verifying many artifacts, audits, recording big trees), on stderr:
 * - on a terminal, one live line rewritten in place (at most 10 times a second) and erased when the work ends;
 * - elsewhere (pipes, CI logs, the actions' logs), a plain line every few seconds while the work lasts
 *   (PROVENANT_PROGRESS_INTERVAL_MS, default 5000), nothing for work that ends sooner.
 * PROVENANT_PROGRESS=0 turns it off; PROVENANT_PROGRESS=plain forces the periodic lines on a terminal.
 *
 * The core reports through `reportProgress` (a no-op unless a command started a reporter): it never writes.
 */

export interface ProgressOptions {
  stream?: { write(s: string): unknown; isTTY?: boolean };
  /** live line (terminal) or periodic plain lines; default: the stream's isTTY */
  tty?: boolean;
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** `done` of `total` units of the current phase (the core's phases: hashing, verifying, recording). */
  update(done: number, total?: number, phase?: string, unit?: string): void;
  stop(): void;
}

const LIVE_MS = 100;

class Reporter implements Progress {
  private done = 0;
  private total: number | undefined;
  private phase: string;
  private unit: string;
  private readonly started: number;
  private lastWrite = 0;
  private liveShown = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    verb: string,
    unit: string,
    private readonly stream: NonNullable<ProgressOptions['stream']>,
    private readonly live: boolean,
    private readonly intervalMs: number,
    private readonly now: () => number,
  ) {
    this.phase = verb;
    this.unit = unit;
    this.started = now();
    this.lastWrite = this.started;
    if (!live) {
      this.timer = setInterval(() => this.plain(), intervalMs);
      this.timer.unref();
    }
  }

  line(): string {
    const secs = Math.round((this.now() - this.started) / 1000);
    const count =
      this.total !== undefined
        ? `${this.done}/${this.total} ${this.unit}` +
          `${this.total > 0 ? ` (${Math.floor((100 * this.done) / this.total)}%)` : ''}`
        : `${this.done} ${this.unit}`;
    return `provenant: ${this.phase}: ${count}, ${secs}s`;
  }

  private plain(): void {
    if (this.stopped) return;
    this.lastWrite = this.now();
    this.stream.write(`${this.line()}\n`);
  }

  update(done: number, total?: number, phase?: string, unit?: string): void {
    if (this.stopped) return;
    this.done = done;
    if (total !== undefined) this.total = total;
    if (phase) this.phase = phase;
    if (unit) this.unit = unit;
    const t = this.now();
    if (this.live) {
      if (this.liveShown && t - this.lastWrite < LIVE_MS) return;
      this.lastWrite = t;
      this.liveShown = true;
      this.stream.write(`\r\x1b[K${this.line()}`);
    } else if (t - this.lastWrite >= this.intervalMs) this.plain(); // the event loop may be busy: no timer fires
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.liveShown) this.stream.write('\r\x1b[K');
    if (active === this) active = undefined;
  }
}

const OFF: Progress = { update() {}, stop() {} };
let active: Reporter | undefined;

/** Starts reporting the progress of `verb` (e.g. "verifying") in `unit`s; the core's reports go to it too. */
export function startProgress(verb: string, unit = 'items', opts: ProgressOptions = {}): Progress {
  if (process.env.PROVENANT_PROGRESS === '0') return OFF;
  const stream = opts.stream ?? process.stderr;
  const live = (opts.tty ?? !!stream.isTTY) && process.env.PROVENANT_PROGRESS !== 'plain';
  const env = Number(process.env.PROVENANT_PROGRESS_INTERVAL_MS);
  const intervalMs = opts.intervalMs ?? (Number.isFinite(env) && env > 0 ? env : 5000);
  active?.stop();
  active = new Reporter(verb, unit, stream, live, intervalMs, opts.now ?? Date.now);
  return active;
}

/** For the core: `done` of `total` units of `phase` (hashing files, verifying attestations, …). No-op when idle. */
export function reportProgress(phase: string, done: number, total: number, unit: string): void {
  active?.update(done, total, phase, unit);
}
