// The recorded verdicts of docs/VALIDATION.md (generated from a `frontera calibrate` and a
// `frontera history` run), read from its tables: the fit of each calibration target and the hits
// of each evidence series and change between periods. What the runs found, as the docs report it.

/** One calibration target's recorded fit (2003-2005, in sample). */
export interface TargetFit { range: string; best: string; verdict: string }
/** One evidence series' or change's recorded score in the history replay. */
export interface SeriesScore { grade: string; hits: number; scored: number; misses: string[] }

export interface ValidationRecord {
  /** By the target's quantity (CalibrationTarget.quantity). */
  targets: Map<string, TargetFit>;
  /** By the series' or change's label (EvidenceSeries.label, EvidenceChange.label). */
  series: Map<string, SeriesScore>;
  /** The commands that produced them ("frontera calibrate ..."), when the doc names them. */
  calibrationRun: string;
  historyRun: string;
}

/** Every Markdown table of a text: its header cells and rows of cells. */
export function markdownTables(text: string): { header: string[]; rows: string[][] }[] {
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
  const tables: { header: string[]; rows: string[][] }[] = [];
  let block: string[] = [];
  for (const line of [...text.split('\n'), '']) {
    if (line.trim().startsWith('|')) block.push(line);
    else {
      if (block.length >= 2) tables.push({ header: cells(block[0]), rows: block.slice(2).map(cells) });
      block = [];
    }
  }
  return tables;
}

function tableWith(tables: ReturnType<typeof markdownTables>, first: string, needed: string[]) {
  return tables.find((t) => t.header[0] === first && needed.every((h) => t.header.includes(h)));
}

/** The verdicts recorded in VALIDATION.md's text (empty maps when its tables are not there). */
export function parseValidation(text: string): ValidationRecord {
  const tables = markdownTables(text);
  const targets = new Map<string, TargetFit>();
  const fit = tableWith(tables, 'target', ['range', 'best point', 'verdict']);
  if (fit) {
    const [range, best, verdict] = ['range', 'best point', 'verdict'].map((h) => fit.header.indexOf(h));
    for (const row of fit.rows) targets.set(row[0], { range: row[range], best: row[best], verdict: row[verdict] });
  }
  const series = new Map<string, SeriesScore>();
  const scores = tableWith(tables, 'series or change between periods', ['grade', 'hits / scored', 'misses']);
  if (scores) {
    const [grade, score, misses] = ['grade', 'hits / scored', 'misses'].map((h) => scores.header.indexOf(h));
    for (const row of scores.rows) {
      const [hits, scored] = row[score].split('/').map((n) => Number(n.trim()));
      if (!Number.isFinite(hits) || !Number.isFinite(scored)) continue;
      series.set(row[0], { grade: row[grade], hits, scored, misses: row[misses] === '-' ? [] : row[misses].split(', ') });
    }
  }
  const run = (command: string) => new RegExp(`^Run: \`(frontera ${command}[^\`]*)\``, 'm').exec(text)?.[1] ?? '';
  return { targets, series, calibrationRun: run('calibrate'), historyRun: run('history') };
}
