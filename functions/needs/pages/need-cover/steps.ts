/** The steps a manager takes on a cover match (the planner decides which it offers). */
export const COVER_MANAGER_STEPS = ['accept', 'decline', 'cancel'] as const;
