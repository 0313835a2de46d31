// Every number that shapes a decision is accounted for: the model's code holds no numeric literal
// outside a short list of structural ones; each number is a declared parameter (role, source) or a
// named constant declared in its mechanism (src/sim/mechanisms; basis, source), and every named constant is read somewhere.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { PARAMS, type ParamSpec } from '../../src/sim/params';
import { CONSTANTS } from '../../src/sim/model/constants';

const MODEL_DIR = new URL('../../src/sim/model/', import.meta.url);

/** Files that hold no decision code: the constants table itself, enum codes, and the store layout. */
const NOT_DECISION_CODE = new Set(['constants.ts', 'enums.ts', 'state.ts', 'record.ts', 'streams.ts']);

/** Numbers allowed anywhere: identities (0, 1: none, all, "at least one") and months in a year. */
const STRUCTURAL = new Set([0, 1, 12]);

/** Numbers allowed in one file, each with why it is not a decision. */
const ALLOWED_IN_FILE: Record<string, Record<number, string>> = {
  'employers.ts': { 1_000_000: 'NEVER, a month stamp long before any run', 0.001: 'clamp keeping a logit finite', 0.999: 'the same clamp' },
  'migrants.ts': { 255: 'attempts are stored in a Uint8Array', 0.000001: 'guard against dividing by zero' },
  'justice.ts': {
    1e-9: 'tolerance for floating-point rounding of the T-visa cap',
    2: 'case ids pack the court and the offender kind as bits',
    50: "the courts' trial keys sit at 2^50, above every case id",
  },
  'draws.ts': {
    2: 'sub-key ids start at 2^32, above any candidate id',
    32: 'the same 2^32',
    200: 'tries before a pick by id falls back to the list (the same distribution either way)',
    11: 'bits of the priority sorted per radix pass (speed only, the order is the same)',
  },
  'smugglers.ts': {
    2: 'the range of places in the list of outfits is a power of two',
    32: 'the bits Math.clz32 counts in (the same power of two, in integer operations)',
  },
  'venues.ts': { 20: 'closing picks are keyed above the count keys, 2^20 per market (far more than a month has)' },
  'population.ts': {
    2: 'PersonSource codes (0, 1, 2) in person ids',
    500: 'finished life histories kept for the inspector (not the model)',
    100_000: 'longest wake-up horizon, a guard',
  },
  'setup.ts': {
    2.5: 'store capacity: stock times this',
    3_000_000: 'store capacity: plus this many newcomers',
    0.1: 'a tenth of the followed sample comes from the settled population (observation only)',
    0.8: "the followed sample's part for newcomers over the run (observation only)",
    240: 'run length assumed for the followed sample when none is given (observation only)',
  },
};

interface Literal {
  file: string;
  line: number;
  value: number;
}

/** Numeric literals in a source file (enum members excluded: they are codes). */
function numericLiterals(file: string, text: string): Literal[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isEnumDeclaration(node)) return;
    if (ts.isNumericLiteral(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ file, line, value: Number(node.text.replace(/_/g, '')) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const modelFiles = readdirSync(MODEL_DIR).filter((f) => f.endsWith('.ts'));
const sourceOf = (file: string) => readFileSync(new URL(file, MODEL_DIR), 'utf8');

/** Literals in decision code that are neither structural nor allowed in their file. */
function undeclaredNumbers(file: string, text: string): string[] {
  return numericLiterals(file, text)
    .filter((l) => !STRUCTURAL.has(l.value) && ALLOWED_IN_FILE[file]?.[l.value] === undefined)
    .map((l) => `${l.file}:${l.line}: ${l.value}`);
}

describe('every number that shapes a decision is declared', () => {
  it('src/sim/model has no numeric literal outside the structural allow-list (declare it as a lever or a constant in its mechanism, src/sim/mechanisms)', () => {
    const undeclared = modelFiles.filter((f) => !NOT_DECISION_CODE.has(f)).flatMap((f) => undeclaredNumbers(f, sourceOf(f)));
    expect(undeclared).toEqual([]);
  });

  it('the scan catches a new literal in decision code', () => {
    const text = 'export function f(x: number): number { return x < 0.37 ? 12 * x : 1; }';
    expect(undeclaredNumbers('migrants.ts', text)).toEqual(['migrants.ts:1: 0.37']);
  });

  it('every named constant is read by the model', () => {
    const code = modelFiles
      .filter((f) => f !== 'constants.ts')
      .map(sourceOf)
      .join('\n');
    const unread = Object.keys(CONSTANTS).filter((name) => !new RegExp(`\\b${name}\\b`).test(code));
    expect(unread).toEqual([]);
  });

  it('every named constant has a unit and a source; a calibrated one names its target; a range holds its value', () => {
    for (const [name, c] of Object.entries(CONSTANTS)) {
      expect(c.unit, name).not.toBe('');
      expect(c.source.length, name).toBeGreaterThan(10);
      if (c.basis === 'calibrated') expect(c.source, name).toMatch(/calibrated/i);
      if ('range' in c) {
        const [low, high] = c.range as readonly [number, number];
        expect(low <= c.value && c.value <= high, name).toBe(true);
      }
    }
  });

  it('every parameter is classified: input, calibrated (with a prior) or an assumption that says so', () => {
    for (const p of PARAMS as readonly ParamSpec[]) {
      expect(p.role, p.path).toMatch(/^(input|calibrated|assumption)$/);
      expect(p.source.length, p.path).toBeGreaterThan(5);
      if (p.role === 'assumption') expect(p.source, p.path).toMatch(/assumption/i);
      if (p.role === 'calibrated') expect(p.prior, p.path).toBeDefined();
    }
  });
});
