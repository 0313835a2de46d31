// Small numeric helpers shared by the behaviour code.

/** The logistic function 1 / (1 + e^-x). */
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** The log-odds of a probability. */
export const logit = (p: number): number => Math.log(p / (1 - p));
