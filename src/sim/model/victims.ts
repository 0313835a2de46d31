// Counting new trafficking victims by form, place and age, in one place.
import { Form, type SimState } from './state';

/** Tallies a person who has just become a trafficking victim. */
export function countNewVictim(st: SimState, id: number, form: Form, inMexico: boolean): void {
  const m = st.tally;
  if (form === Form.Sexual) m.victims_new_sexual++;
  else m.victims_new_labor++;
  m.victims_new_total++;
  if (st.migrants.minor[id]) m.victims_new_minor++;
  if (inMexico) m.victims_new_mexico++;
  else m.victims_new_us++;
}
