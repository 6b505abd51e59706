/**
 * The anonymised view of a case that leaves the case team: for the rapid report to the level above.
 * Built by construction from the clear columns only — the function cannot see a sealed field, a
 * pseudonym, the exact incident date or a date of birth — so nothing identifying can slip into it.
 */
import type { Selectable } from 'kysely';
import type { DvAct } from '../../core/db/schema-case-transfer.ts';
import type { GbvCaseTable } from '../../core/db/schema-cases.ts';

type Clear = Pick<
  Selectable<GbvCaseTable>,
  | 'code'
  | 'channel'
  | 'detected_on'
  | 'incident_on'
  | 'gbv_type'
  | 'domestic_violence'
  | 'dv_acts'
  | 'trafficking'
  | 'perpetrator_relation'
  | 'risk_level'
  | 'needs'
  | 'survivor_sex'
  | 'survivor_age_group'
>;

export interface AnonymisedCase {
  code: string;
  channel: string;
  detectedOn: string;
  /** Month only (YYYY-MM). */
  incidentMonth: string | null;
  gbvType: string;
  domesticViolence: boolean;
  /**
   * The acts of domestic violence recorded (Law 13/2022 Art. 3(1) codes), only on a case marked as
   * domestic violence: coded categories, as clear as the GBV type. Absent from reports sent
   * before they were added.
   */
  dvActs?: DvAct[];
  trafficking: boolean;
  perpetratorRelation: string;
  riskLevel: string;
  needs: string[];
  survivorSex: string;
  survivorAgeGroup: string;
  /** The commune of the incident (or of recording), by name. */
  communeName: string;
}

export function anonymiseCase(c: Clear, communeName: string): AnonymisedCase {
  return {
    code: c.code,
    channel: c.channel,
    detectedOn: String(c.detected_on),
    incidentMonth: c.incident_on ? String(c.incident_on).slice(0, 7) : null,
    gbvType: c.gbv_type,
    domesticViolence: c.domestic_violence,
    dvActs: c.domestic_violence ? (c.dv_acts as DvAct[]) : [],
    trafficking: c.trafficking,
    perpetratorRelation: c.perpetrator_relation,
    riskLevel: c.risk_level,
    needs: [...c.needs],
    survivorSex: c.survivor_sex,
    survivorAgeGroup: c.survivor_age_group,
    communeName,
  };
}
