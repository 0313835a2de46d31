// One way to turn zod issues into one-line messages that name the field, the value and what was
// expected; shared by scenario files, lesson files and anything else validated with zod.
import type { z } from 'zod';

/** The value at a path inside parsed JSON (own properties only), or undefined. */
export function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A field path as people write it: `timeline[0].set["border.agents"]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path
      .map((k, i) =>
        typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `${i ? '.' : ''}${String(k)}` : `["${String(k)}"]`,
      )
      .join('') || '(top level)'
  );
}

/** A value shortened for a message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** What was expected for one issue; `explain` may give a better message for a field and value. */
export type Explain = (path: readonly PropertyKey[], value: unknown) => string | null;

/** One line per issue (the first three), prefixed by where the input came from. */
export function describeIssues(
  origin: string,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
  explain?: Explain,
  unknownKeyHint = '',
): string {
  const lines = issues.slice(0, 3).map((issue) => {
    const field = fieldName(issue.path);
    if (issue.code === 'unrecognized_keys') return `${field}: unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${unknownKeyHint}`;
    const value = valueAtPath(input, issue.path);
    return `${field} = ${showValue(value)}: ${explain?.(issue.path, value) ?? issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${origin}: ${lines.join('; ')}${more}`;
}
