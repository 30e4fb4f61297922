import type { DemoTracker, EmailState, TrackerEvent } from './demo-tracker.js';
import type { ArrivalEvent } from './mail-arrival.js';
import { stripAnsi, type Style, truncate, visibleWidth } from './terminal.js';
import { displayName } from '../../src/modules/llm/email-text.js';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
}

/**
 * The live view while mail arrives: a header, counters with a progress bar, queue depth and the
 * latest events, redrawn in place (cursor up + clear) a few times a second. Without a TTY (CI,
 * a pipe) it prints each event once as a plain line instead.
 */
export class ProgressView {
  private readonly events: string[] = [];
  private drawnLines = 0;
  private readonly startedAt = Date.now();
  queue: QueueCounts = { waiting: 0, active: 0, delayed: 0 };

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly style: Style,
    private readonly tracker: DemoTracker,
    private readonly header: string[],
    private readonly live: boolean,
  ) {}

  private get width(): number {
    return Math.max(60, Math.min(this.out.columns ?? 100, 160));
  }

  private describe(s: EmailState): string {
    const from = displayName(s.email.message.from ?? '') ?? s.email.message.from ?? '';
    return `#${s.index + 1} ${from}: "${s.email.message.subject}"`;
  }

  private add(line: string): void {
    const stamp = new Date().toISOString().slice(11, 23);
    const text = `${this.style.dim(stamp)}  ${line}`;
    if (this.live) {
      this.events.push(text);
      if (this.events.length > 200) this.events.shift();
    } else {
      this.out.write(`${text}\n`);
    }
  }

  onArrival(event: ArrivalEvent): void {
    if (event.type === 'arrived') {
      const st = this.tracker.state(event.email.key);
      const where = event.email.gmailSpam ? ' (Gmail filed it as spam)' : '';
      this.add(`✉  arrived   ${this.describe(st)}${where}`);
    } else if (event.type === 'pushed' && event.duplicate) {
      this.add(
        this.style.dim(
          `↻  Pub/Sub redelivered the push for history ${event.historyId} (answered ${event.status})`,
        ),
      );
    } else if (event.type === 'pushed' && event.status >= 300) {
      this.add(
        this.style.yellow(
          `↻  push for history ${event.historyId} answered ${event.status}: Pub/Sub will retry`,
        ),
      );
    } else if (event.type === 'push-failed') {
      this.add(this.style.red(`✗  push for history ${event.historyId} gave up: ${event.error}`));
    }
  }

  onTracker(event: TrackerEvent): void {
    const s = event.state;
    if (event.type === 'classified') {
      this.add(
        `◆  classified ${this.describe(s)} → ${s.category} ${s.confidence?.toFixed(2) ?? ''}`,
      );
    } else if (event.type === 'final') {
      if (s.status === 'completed' && s.draftId)
        this.add(this.style.green(`✎  drafted   ${this.describe(s)}`));
      else if (s.status === 'failed')
        this.add(this.style.red(`✗  failed    ${this.describe(s)}: ${s.error ?? ''}`));
      else
        this.add(
          `·  done      ${this.describe(s)}: ${s.category ?? ''}${s.skipReason ? `, ${s.skipReason}` : ''}`,
        );
    }
  }

  note(line: string): void {
    this.add(line);
  }

  /** Redraws the whole view (TTY), or prints a one-line heartbeat every few seconds (no TTY). */
  render(force = false): void {
    const states = this.tracker.states;
    const arrived = states.filter((s) => s.delivered).length;
    const final = states.filter((s) =>
      ['completed', 'skipped', 'failed', 'ignored'].includes(s.status),
    ).length;
    const classified = states.filter((s) => s.category).length;
    const drafted = states.filter((s) => s.status === 'completed' && s.draftId).length;
    const failed = states.filter((s) => s.status === 'failed').length;
    const elapsed = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const counters =
      `arrived ${arrived}/${states.length}  classified ${classified}  drafts ${drafted}  ` +
      `finished ${final}/${states.length}  failed ${failed}  ${elapsed} s`;
    const queue = `queues: waiting ${this.queue.waiting} · active ${this.queue.active} · delayed ${this.queue.delayed}`;
    if (!this.live) {
      if (force) this.out.write(`${counters} · ${queue}\n`);
      return;
    }
    const w = this.width;
    const barWidth = Math.max(10, Math.min(40, w - 20));
    const filled = Math.round((final / Math.max(1, states.length)) * barWidth);
    const bar = `[${this.style.green('█'.repeat(filled))}${this.style.dim('░'.repeat(barWidth - filled))}]`;
    const rows = Math.max(12, (this.out.rows ?? 30) - 2);
    const fixed = [
      ...this.header,
      '',
      `${bar} ${counters}`,
      this.style.dim(queue),
      '',
      this.style.bold('Latest events'),
    ];
    const room = Math.max(3, rows - fixed.length);
    const lines = [...fixed, ...this.events.slice(-room)].map((l) =>
      visibleWidth(l) > w ? truncate(stripAnsi(l), w) : l,
    );
    let frame = this.drawnLines ? `\x1b[${this.drawnLines}F\x1b[J` : '';
    frame += `${lines.join('\n')}\n`;
    this.out.write(frame);
    this.drawnLines = lines.length;
  }

  /** Leaves the last frame on screen; what follows prints below it. */
  finish(): void {
    if (this.live) this.render();
    this.drawnLines = 0;
  }
}
