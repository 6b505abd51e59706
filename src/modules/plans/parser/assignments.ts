/**
 * Assignments in the responsibilities section (Tổ chức thực hiện): "1. Sở X chủ trì, phối hợp với
 * Sở Y …: - task", "9. Sở Y tế: task", "- Chủ trì, phối hợp với Sở Z …", and appendix tables.
 */
import { flattenItems, type Item, type Section } from './structure.ts';

export interface Assignment {
  agency: string;
  role: 'lead' | 'partner';
  task: string;
}

const AGENCY =
  /^(?:Sở|Ban|Hội|Ủy ban|UBND|Công an|Cục|Đài|Báo|Liên đoàn|Tỉnh đoàn|Đoàn|Phòng|Trung tâm|Bộ|Văn phòng|Mặt trận|Các cấp Hội|Các sở|Chi cục|Bảo hiểm|Viện|Thanh tra|Tòa án|Viện kiểm sát|Bộ Chỉ huy|Trạm|Trường)(?![\p{L}])/u;
const VERB =
  /(?<!các|và)\s+(?:chủ trì|có trách nhiệm|phối hợp|tham mưu|triển khai|hướng dẫn|tổ chức|thực hiện|chỉ đạo|căn cứ|xây dựng|bảo đảm|đảm bảo|chủ động|tích cực|theo dõi|rà soát|nghiên cứu|tham gia|phát huy|quan tâm|theo chức năng|báo cáo|trong phạm vi)(?![\p{L}])|:/u;
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 297)}…` : s);

export function splitAgencyHead(raw: string): { agencies: string[]; rest: string } | null {
  const text = raw.replace(/^Đề nghị\s+/u, '');
  if (!AGENCY.test(text)) return null;
  const m = VERB.exec(text);
  if (m?.index === 0) return null;
  const head = (m ? text.slice(0, m.index) : text).replace(/[,;.]+$/, '').trim();
  if (head.split(/\s+/).length > 40) return null;
  // "Ủy ban MTTQ tỉnh, Hội LHPN tỉnh, Liên đoàn Lao động tỉnh" → three agencies; "UBND các huyện, thành phố" stays one
  const parts = head.split(/,\s*|\s+và\s+(?=\p{Lu})/u);
  const list = parts.length > 1 && parts.every((p) => AGENCY.test(p));
  // in a list, "… tỉnh và các tổ chức thành viên khác" ends the last named agency
  const agencies = list ? parts.map((p) => p.replace(/\s+và\s+các(?:\s.*)?$|\s+và$/u, '').trim()) : [head];
  return {
    agencies,
    rest: m
      ? text
          .slice(m.index)
          .replace(/^\s*:\s*/, '')
          .trim()
      : '',
  };
}

function partnersIn(text: string): string[] {
  const m =
    /phối hợp (?:với\s+)?(.+?)(?=\s+(?:để|trong|tổ chức|hướng dẫn|thống kê|lồng ghép|kiểm tra|chỉ đạo|phát hiện|triển khai|thực hiện)(?![\p{L}])|[:;.]|$)/u.exec(
      text,
    );
  if (!m) return [];
  return m[1]!
    .split(
      /,\s*|\s+và\s+(?=(?:Sở|Ban|Hội|Ủy ban|UBND|Công an|Cục|Đài|Báo|Liên đoàn|Tỉnh đoàn|Đoàn|Phòng|Trung tâm|Bộ|Văn phòng|Mặt trận)(?![\p{L}]))/u,
    )
    .map((p) => p.replace(/\s+và\s+các(?:\s.*)?$/u, '').trim())
    .filter((p) => AGENCY.test(p) && !/^Các sở|^các/.test(p) && p.split(/\s+/).length > 1);
}

function fromItem(agency: string, task: string, out: Assignment[]): void {
  out.push({ agency, role: 'lead', task: clip(task) });
  for (const p of partnersIn(task)) out.push({ agency: p, role: 'partner', task: clip(task) });
}

export function findAssignments(sections: Section[], appendix: string[]): Assignment[] {
  const out: Assignment[] = [];
  const responsibilities = sections.filter((s) => /TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM/i.test(s.title));
  for (const section of responsibilities) {
    for (const item of section.items) {
      // the agency may come after an opening clause: "Căn cứ …, Hội LHPN huyện, thành phố triển khai …"
      const later = /,\s*(?=(?:Hội|Sở|Ban|UBND|Ủy ban|Công an|Phòng)(?![\p{L}]))/u.exec(item.text);
      const heading = /^(?:Đề nghị\s+)?(.{3,120}):$/u.exec(item.text);
      const head =
        splitAgencyHead(item.text) ??
        (later ? splitAgencyHead(item.text.slice(later.index + later[0].length)) : null) ??
        // "3. Các đơn vị trường học:" followed by its tasks
        (heading && item.children.length ? { agencies: [heading[1]!.trim()], rest: '' } : null);
      if (!head) continue;
      const tasks: Item[] = flattenItems(item.children).filter((c) => c.text.length > 10);
      const partners = partnersIn(head.rest);
      for (const agency of head.agencies) {
        if (tasks.length === 0) {
          if (head.rest) fromItem(agency, head.rest, out);
          continue;
        }
        for (const t of tasks) {
          fromItem(agency, t.text, out);
          for (const p of partners)
            if (!out.some((a) => a.agency === p && a.task === clip(t.text)))
              out.push({ agency: p, role: 'partner', task: clip(t.text) });
        }
      }
    }
  }
  // Appendix table rows: "task | lead | partners" (pipe- or tab-separated)
  for (const row of appendix) {
    const cells = row
      .split(/\s*[|\t]\s*/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length < 3 || /^(STT|TT|Nội dung)/i.test(cells[0]!)) continue;
    const [task, lead, partners] = /^\d+$/.test(cells[0]!) ? cells.slice(1) : cells;
    if (!task || !lead) continue;
    out.push({ agency: lead, role: 'lead', task: clip(task) });
    for (const p of (partners ?? '').split(/,\s*|;\s*/).filter((p) => p.length > 2))
      out.push({ agency: p.trim(), role: 'partner', task: clip(task) });
  }
  return out;
}
