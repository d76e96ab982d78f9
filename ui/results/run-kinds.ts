/** What each kind of run is called on screen. */
export const RUN_KIND_WORDS: Record<string, string> = {
  simulate: 'Simulation',
  compare: 'Comparison',
  sweep: 'Headcount curve',
  optimise: 'Optimisation',
};
