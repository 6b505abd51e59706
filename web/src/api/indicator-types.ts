/** Shapes of /api/v1/programmes and /api/v1/indicators, as in docs/API.md. */

export type IndicatorUnit = 'percent' | 'ratio' | 'count' | 'multiple' | 'milestone';
export type IndicatorStatus = 'met' | 'not_met' | 'no_data' | 'no_formula' | 'no_target';

export interface Target {
  year: number;
  comparator: '>=' | '<=' | '>' | '<' | '=' | '~';
  value: number | null;
  label: string;
  unconfirmed: boolean;
}

export interface Programme {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  documentKind: string;
  documentNumber: string;
  startYear: number;
  endYear: number;
}

export interface IndicatorValue {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: Target | null;
  status: IndicatorStatus;
}

export interface IndicatorRow extends IndicatorValue {
  indicatorId: number;
  code: string;
  name: string;
  nameEn: string;
  unit: IndicatorUnit;
  direction: 'up' | 'down' | 'reach';
  unconfirmed: boolean;
}

export interface IndicatorValues {
  year: number;
  unitId: number | null;
  unitName: string;
  items: IndicatorRow[];
}

export interface IndicatorSeries {
  indicatorId: number;
  code: string;
  unitName: string;
  points: (IndicatorValue & { year: number })[];
}

export interface IndicatorByUnit {
  indicatorId: number;
  code: string;
  year: number;
  unitId: number | null;
  unitName: string;
  target: Target | null;
  items: (IndicatorValue & { unitId: number; unitName: string })[];
}

export interface Indicator {
  id: number;
  code: string;
  programmeCode: string;
  name: string;
  nameEn: string;
  definition: string | null;
  unit: IndicatorUnit;
  numerator: { elementCode: string; category: string } | null;
  denominator: { elementCode: string; category: string } | null;
  direction: 'up' | 'down' | 'reach';
  unconfirmed: boolean;
  note: string | null;
  source: string | null;
  targets: Target[];
}
