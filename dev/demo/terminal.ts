/**
 * Plain-ANSI terminal helpers for the demo: colours (off when not a TTY or NO_COLOR is set),
 * width-aware truncation and a simple column table. No TUI library on purpose.
 */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

export function makeStyle(enabled: boolean): Style {
  const wrap = (code: number, reset: number) => (s: string) =>
    enabled ? `\x1b[${code}m${s}\x1b[${reset}m` : s;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    green: wrap(32, 39),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

// Built from a string: a control character in a regex literal reads as a typo (no-control-regex).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Printed width of a string: ANSI codes take none; everything else counts one per code point. */
export function visibleWidth(s: string): number {
  return [...stripAnsi(s)].length;
}

export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  return width <= 1 ? chars.slice(0, width).join('') : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - visibleWidth(s)));
  return align === 'right' ? gap + s : s + gap;
}

export interface Column<T> {
  header: string;
  value(row: T): string;
  /** Colour applied after padding, so widths stay right. */
  style?(row: T, text: string): string;
  align?: 'left' | 'right';
  /** Columns that may shrink (with …) when the table is wider than the terminal. */
  flex?: boolean;
  min?: number;
}

/** Renders rows as aligned text columns no wider than maxWidth (flex columns give way). */
export function renderTable<T>(
  rows: T[],
  columns: Column<T>[],
  maxWidth: number,
  style: Style,
): string[] {
  const cells = rows.map((r) => columns.map((c) => c.value(r).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) =>
    Math.max(visibleWidth(c.header), ...cells.map((row) => visibleWidth(row[i]!))),
  );
  const gap = 2;
  let total = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  const flexible = columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
  while (total > maxWidth && flexible.length) {
    const widest = flexible.reduce((a, b) => (widths[a]! >= widths[b]! ? a : b));
    if (widths[widest]! <= (columns[widest]!.min ?? 8)) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  const line = (values: string[], styled?: T) =>
    values
      .map((v, i) => {
        const col = columns[i]!;
        const text = pad(truncate(v, widths[i]!), widths[i]!, col.align ?? 'left');
        return styled && col.style ? col.style(styled, text) : text;
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const header = style.bold(line(columns.map((c) => c.header)));
  const rule = style.dim(widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap)));
  return [header, rule, ...cells.map((row, i) => line(row, rows[i]))];
}

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`;
}
