// The peer benchmark compares like with like: both implementations of the reduced model give the same
// aggregate rates, and the comparison flags an implementation whose rule differs.
import { describe, expect, it } from 'vitest';
import { compareRates } from '../../bench/peers';
import { peerSpec } from '../../bench/peers/reduced-model';
import { runFronteraStyle } from '../../bench/peers/frontera-style';
import { runFloccStyle } from '../../bench/peers/flocc-style';
import { Corridor, Mode } from '../../src/sim/model/enums';

const MONTHS = 36;

describe('peer benchmark', () => {
  const spec = peerSpec(1000);

  it('runs the same reduced model in Frontera style and in Flocc (rates agree within sampling error)', () => {
    const frontera = runFronteraStyle(spec, 3, MONTHS);
    const flocc = runFloccStyle(spec, 3, MONTHS);
    expect(frontera.attempts).toBeGreaterThan(5000);
    const { checks } = compareRates(frontera, flocc);
    expect(checks.filter((c) => !c.pass).map((c) => c.rate)).toEqual([]);
  });

  it('is deterministic for a seed in both implementations', () => {
    expect(runFronteraStyle(spec, 4, 12)).toEqual(runFronteraStyle(spec, 4, 12));
    expect(runFloccStyle(spec, 4, 12)).toEqual(runFloccStyle(spec, 4, 12));
  });

  it('flags an implementation whose apprehension rule differs', () => {
    const stricter = {
      ...spec,
      apprehension: {
        ...spec.apprehension,
        [Mode.Guide]: {
          [Corridor.Urban]: spec.apprehension[Mode.Guide][Corridor.Urban] * 1.3,
          [Corridor.Remote]: spec.apprehension[Mode.Guide][Corridor.Remote] * 1.3,
        },
      },
    };
    const { checks } = compareRates(runFronteraStyle(spec, 5, MONTHS), runFloccStyle(stricter, 5, MONTHS));
    expect(checks.find((c) => c.rate === 'apprehensions per attempt')!.pass).toBe(false);
  });
});
