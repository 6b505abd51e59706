/**
 * The data elements of the report forms that count GBV/DV survivors, perpetrators or cases
 * (seed/indicators/data-elements.json): each figure is about a few people in a commune, so their
 * values follow the disclosure rule (protect.ts) wherever they are shown below the province —
 * indicators (NQ 28 NSGE-3.2a is GBV_SURVIVORS_SUPPORTED ÷ GBV_SURVIVORS_DETECTED), report sums and
 * exports. Counts of facilities, households or clubs are not about survivors and are not listed.
 */
export const CASE_COUNT_ELEMENTS: ReadonlySet<string> = new Set([
  'GBV_SURVIVORS_DETECTED',
  'GBV_SURVIVORS_SUPPORTED',
  'GBV_SURVIVORS_SOUGHT_HELP',
  'GBV_PERPETRATORS_DETECTED',
  'GBV_PERPETRATORS_COUNSELLED',
  'TRAFFICKING_RETURNEES_IN_NEED',
  'TRAFFICKING_RETURNEES_SUPPORTED',
  'DV_CASES_DETECTED',
  'DV_SURVIVORS_PROTECTED',
  'DV_SURVIVORS_DETECTED',
  'DV_PERPETRATORS_DETECTED',
  'DV_PERPETRATORS_COUNSELLED',
]);
