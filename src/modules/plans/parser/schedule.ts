/** Deadlines ("trước ngày 15/10 hằng năm", "định kỳ 6 tháng … 05/5 và 20/11", "hằng tháng", "Quý III/2024") and events. */
import { isoDate, validDayMonth } from './dates.ts';

export type Frequency = 'once' | 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export interface Deadline {
  what: string;
  due: string | null;
  frequency: Frequency;
  to: string | null;
}

export interface PlanEvent {
  name: string;
  start: string;
  end: string | null;
}

const AGENCY_START = '(?:UBND|Ủy ban|Ủy Ban|Văn phòng|Hội|Ban|Sở|Phòng|Công an|Trung ương)';
const TO = new RegExp(
  `(?:gửi|về)\\s+(${AGENCY_START}[^(;,.]*?)(?=\\s*\\(|\\s+để|\\s+trước|\\s+và\\s+báo|[;,.]|$)`,
  'gu',
);

function frequencyOf(clause: string, hasYear: boolean): Frequency {
  if (/h[ằà]ng tháng|định kỳ tháng/i.test(clause)) return 'monthly';
  if (/h[ằà]ng quý|định kỳ quý/i.test(clause)) return 'quarterly';
  if (/6 tháng|sáu tháng/i.test(clause)) return 'semiannual';
  if (/h[ằà]ng năm|định kỳ năm|năm/i.test(clause) && !hasYear) return 'annual';
  return 'once';
}

const clip = (s: string) => (s.length > 240 ? `${s.slice(0, 237)}…` : s);

export function findDeadlines(lines: string[]): Deadline[] {
  const out: Deadline[] = [];
  for (const line of lines) {
    if (!/trước ngày|h[ằà]ng tháng|Quý\s+[IV]+\/\d{4}/i.test(line)) continue;
    if (!/báo cáo|gửi|hoàn thành|nộp|tổng hợp/i.test(line)) continue;
    for (const clause of line.split(/;\s+|\s+và\s+(?=báo cáo)/)) {
      const to = [...clause.matchAll(TO)].map((m) => m[1]!.trim()).pop() ?? null;
      const dates = [
        ...clause.matchAll(
          /trước ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?((?:\s*và\s*\d{1,2}\s*\/\s*\d{1,2})*)/g,
        ),
      ];
      if (dates.length) {
        for (const d of dates) {
          const pairs = [
            [d[1], d[2]],
            ...[...(d[4] ?? '').matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})/g)].map((x) => [x[1], x[2]]),
          ];
          const year = d[3] ? Number(d[3]) : null;
          for (const [day, month] of pairs) {
            if (!validDayMonth(Number(day), Number(month))) continue;
            out.push({
              what: clip(clause),
              due: isoDate({ day: Number(day), month: Number(month), year }),
              frequency: frequencyOf(clause, year !== null),
              to,
            });
          }
        }
      } else if (/h[ằà]ng tháng/i.test(clause) && /báo cáo/i.test(clause)) {
        out.push({ what: clip(clause), due: null, frequency: 'monthly', to });
      } else {
        const q = /Quý\s+(I{1,3}|IV)\/(\d{4})/.exec(clause);
        if (q) {
          const endMonth = { I: 3, II: 6, III: 9, IV: 12 }[q[1] as 'I' | 'II' | 'III' | 'IV'];
          const lastDay = new Date(Date.UTC(Number(q[2]), endMonth, 0)).getUTCDate();
          out.push({
            what: clip(clause),
            due: isoDate({ day: lastDay, month: endMonth, year: Number(q[2]) }),
            frequency: 'once',
            to,
          });
        }
      }
    }
  }
  return out;
}

const KNOWN_EVENTS: [RegExp, PlanEvent][] = [
  [
    /Quốc tế Phụ nữ\s*(?:ngày\s*)?8\/3|ngày 8\/3/i,
    { name: 'Ngày Quốc tế Phụ nữ', start: '--03-08', end: null },
  ],
  [/Quốc tế Hạnh phúc/i, { name: 'Ngày Quốc tế Hạnh phúc', start: '--03-20', end: null }],
  [/Gia đình Việt Nam/i, { name: 'Ngày Gia đình Việt Nam', start: '--06-28', end: null }],
  [
    /Phụ nữ Việt Nam\s*(?:ngày\s*)?20\/10|ngày 20\/10/i,
    { name: 'Ngày Phụ nữ Việt Nam', start: '--10-20', end: null },
  ],
  [
    /xóa bỏ bạo lực đối với phụ nữ|25\/11/i,
    { name: 'Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ', start: '--11-25', end: null },
  ],
  [
    /Tháng hành động quốc gia về phòng,? chống bạo lực gia đình/i,
    { name: 'Tháng hành động quốc gia về phòng, chống bạo lực gia đình', start: '--06-01', end: '--06-30' },
  ],
  [
    /Tháng hành động vì bình đẳng giới/i,
    {
      name: 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
      start: '--11-15',
      end: '--12-15',
    },
  ],
];

export function findEvents(text: string): PlanEvent[] {
  return KNOWN_EVENTS.filter(([re]) => re.test(text)).map(([, e]) => e);
}
