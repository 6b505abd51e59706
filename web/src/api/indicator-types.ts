/**
 * Shapes of /api/v1/programmes and /api/v1/indicators, from the API's zod schemas
 * (src/modules/indicators/indicators.schema.ts; docs/API.md).
 */
import type {
  TByUnitResponse,
  TCoverage,
  TIndicator,
  TIndicatorStatus,
  TIndicatorValue,
  TProgramme,
  TSeriesResponse,
  TTarget,
  TValuesResponse,
} from '../../../src/modules/indicators/indicators.schema.ts';

export type IndicatorUnit = TIndicator['unit'];
export type IndicatorStatus = TIndicatorStatus;
export type Target = TTarget;
export type Programme = TProgramme;
/** Units that reported what a value sums, out of those expected to (no verdict below the threshold). */
export type Coverage = TCoverage;
export type IndicatorValue = TIndicatorValue;
export type IndicatorValues = TValuesResponse;
export type IndicatorRow = TValuesResponse['items'][number];
export type IndicatorSeries = TSeriesResponse;
export type IndicatorByUnit = TByUnitResponse;
export type Indicator = TIndicator;
