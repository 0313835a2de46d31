// Named constants that shape the model's decisions, each declared once in its mechanism (mechanisms/)
// with its unit, basis (evidence, calibrated to a named target, or assumption) and source. A number a
// researcher would vary is a parameter instead; these are fixed. docs/MODEL.md lists both in one generated table.
import { MECHANISMS, type DeclaredConstants } from '../mechanisms';

export type { ConstantBasis, ModelConstant } from '../mechanism';

/** Every named constant, from the mechanisms' declarations (mechanisms/). */
export const CONSTANTS: DeclaredConstants = Object.assign({}, ...MECHANISMS.map((m) => m.constants));

export type ConstantName = keyof typeof CONSTANTS;
