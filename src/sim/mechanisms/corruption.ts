// Corruption: a share of encounters with officials bought off, in both countries. It has no phase of its
// own: the other mechanisms draw the bribes where the encounters happen.
import { count, mechanism, num, real } from '../mechanism';

export const corruption = mechanism({
  id: 'corruption',
  title: 'Corruption',
  explanation: {
    text: [
      'A share of encounters with officials can be bought off: at checkpoints, at the border, and in raids. Bribes let smugglers and venues operate and weaken prosecutions.',
    ],
    levers: ['corruption.mexico', 'corruption.us'],
  },
  levers: [
    // Corruption
    num({
      path: 'corruption.mexico',
      group: 'corruption',
      label: 'Corruption in Mexico',
      unit: 'share',
      min: 0,
      max: 1,
      default: 0.4,
      description:
        'Share of encounters with Mexican officials that can be bought off; shields border-city venues from raids and lowers the chance a Mexican case ends in conviction.',
      source: 'Seed brief (collaboration of corrupt local officials); TIP reports; assumption',
      role: 'assumption',
    }),
    num({
      path: 'corruption.us',
      group: 'corruption',
      label: 'Corruption in the U.S.',
      unit: 'share',
      min: 0,
      max: 1,
      default: 0.03,
      description: 'Share of encounters with U.S. officials (ports, patrol, interior) that can be bought off.',
      source: 'DHS OIG corruption cases (small); assumption',
      role: 'assumption',
    }),
  ],
  constants: {},
  streams: {},
  metrics: [
    real(
      'bribes_businesses',
      'Inspections and raids bought off',
      'Worksite inspections, investigations and venue raids that an employer or venue bought off.',
      'cases',
    ),
    count(
      'bribes',
      'Bribes',
      "Encounters of migrants and smugglers with officials bought off (both countries); businesses' bribes are counted in bribes_businesses.",
      'cases',
    ),
  ],
  state: [],
  phases: [],
});
