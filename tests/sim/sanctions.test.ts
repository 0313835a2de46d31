// Employer sanctions: an employer-focused inspection fines an off-the-books employer for each
// unauthorized worker found at that employer, in real people, whatever the migrants' scale.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/model/setup';
import { defaultParams } from '../../src/sim/params';
import { EmployerType, MigrantState } from '../../src/sim/model/enums';
import { getU8, U8 } from '../../src/sim/model/record';
import { workersOf } from '../../src/sim/model/population';
import { inspectWorksites } from '../../src/sim/model/enforcement';
import { CONSTANTS } from '../../src/sim/model/constants';

const UNAUTHORIZED = new Set<number>([MigrantState.Working, MigrantState.ExploitedUsLabor, MigrantState.ExploitedUsSex]);

describe('employer sanctions', () => {
  it('fines each inspected off-the-books employer per unauthorized worker it had, times the scale and the finding rate', () => {
    const scale = 20;
    const st = createState(
      {
        ...defaultParams(),
        'context.usStock': 200_000,
        'interior.inspectionsPerYear': 60_000,
        'interior.employerFocus': 1,
        'interior.employerSanctionUsd': 1000,
        'corruption.us': 0,
      },
      scale,
      3,
      0,
    );
    const n = st.employers.type.length;
    const typeBefore = Array.from(st.employers.type);
    const unauthorizedBefore = Array.from(
      { length: n },
      (_, e) => workersOf(st, e).filter((id) => UNAUTHORIZED.has(getU8(st.migrants, id, U8.State))).length,
    );
    inspectWorksites(st);
    let expected = 0;
    let fined = 0;
    for (let e = 0; e < n; e++) {
      if (st.employers.inspectedTick[e] !== st.tick || typeBefore[e] === EmployerType.Compliant) continue;
      expected += 1000 * Math.round(unauthorizedBefore[e] * scale * CONSTANTS.FIND_WORKER.value);
      fined++;
    }
    expect(fined).toBeGreaterThan(10);
    expect(expected).toBeGreaterThan(0);
    expect(st.tally.sanctions_paid_usd).toBe(expected);
  });
});
