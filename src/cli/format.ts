// Plain-text tables for the terminal: right-aligned numbers with thousands separators.

/** A number for people to read: thousands separators for counts, fixed decimals for shares. */
export function readable(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '-';
  if (unit === 'share') return value.toFixed(2);
  if (Math.abs(value) >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(1);
}

/** Renders rows as an aligned table with a header and a rule. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
