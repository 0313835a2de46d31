// The experiment toolkit in one import: plans, designs, seeds, statistics, Sobol' indices and tables (all pure).
export * from './seeds';
export * from './designs';
export * from './morris';
export * from './plan';
export * from './experiments';
export * from './stats';
export * from './summary';
export * from './comparison';
export * from './tables';
export * from './sobol';
export * from './sobolPlan';
export * from './posterior';
