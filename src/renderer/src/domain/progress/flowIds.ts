/**
 * Guided-flow ids this module reads entries by. The guided-flows module owns the flows; these must
 * match the ids it gives them.
 */
export const setbackFlowId = 'after-setback'
export const dailyCheckInFlowId = 'daily-check-in'
