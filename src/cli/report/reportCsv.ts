// Reading the CSV files an experiment directory holds, as the experiment commands write them
// (quoted cells where needed), refusing anything else: binary bytes, an empty file, an unterminated
// quoted field, missing columns or rows of the wrong width.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError } from '../../sim/scenario';

/** One CSV record keyed by the header's column names. */
export type Row = Record<string, string>;

/** Parses CSV text; throws an Error saying what is wrong (an unterminated quoted field). */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (quoted) throw new Error(`a quoted field that starts on line ${records.length + 1} is never closed`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records;
  if (!header) return [];
  const wrong = rows.findIndex((cells) => cells.length !== header.length);
  if (wrong >= 0) throw new Error(`line ${wrong + 2} has ${rows[wrong].length} cells where the header has ${header.length}`);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** Bytes no CSV the commands write contains: NUL and other control characters, or invalid UTF-8. */
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

/** Reads `name` from `dir` as CSV with at least the `columns`; a ScenarioError naming the file otherwise. */
export function readCsv(dir: string, name: string, columns: readonly string[]): Row[] {
  const file = join(dir, name);
  if (!existsSync(file)) throw new ScenarioError(`report: ${dir} has no ${name}: expected the files its experiment command writes`);
  const refuse = (why: string) => new ScenarioError(`report: ${file} is not a CSV the experiment commands write: ${why}`);
  const text = readFileSync(file, 'utf8');
  if (text.trim() === '') throw refuse('it is empty');
  const binary = BINARY.exec(text);
  if (binary) throw refuse(`it holds binary data (character ${binary.index + 1} is a control character or invalid UTF-8)`);
  let rows: Row[];
  try {
    rows = parseCsv(text);
  } catch (err) {
    throw refuse((err as Error).message);
  }
  const header = text.split('\n', 1)[0].replace(/\r$/, '').split(',');
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw refuse(`its header lacks ${missing.join(', ')}`);
  if (rows.length === 0) throw refuse('it has a header and no rows');
  return rows;
}
