/** `binhdang plan …` commands. Parsing needs no database. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePlan } from '../modules/plans/parser/parse-plan.ts';
import { planTextFromFile } from '../modules/plans/plan-text.ts';

export async function planParseCommand(file: string, opts: { json?: boolean }): Promise<void> {
  const plan = parsePlan(await planTextFromFile(basename(file), readFileSync(file)));
  if (opts.json) {
    console.log(JSON.stringify(plan, null, 2));
    return;
  }
  const d = plan.document;
  console.log(`${d.typeName ?? 'Văn bản'} ${d.documentNumber ?? '(chưa có số)'} — ${d.title ?? ''}`);
  console.log(`Cơ quan ban hành: ${d.issuer ?? '?'}; ${d.place ?? ''}${d.date ? `, ngày ${d.date}` : ''}`);
  for (const r of plan.implements) console.log(`Thực hiện: ${r.text}`);
  console.log(
    `Văn bản được dẫn: ${plan.references.length}; mục: ${plan.sections.map((s) => s.number).join(', ')}`,
  );
  for (const a of plan.assignments)
    console.log(`  [${a.role === 'lead' ? 'chủ trì' : 'phối hợp'}] ${a.agency}: ${a.task.slice(0, 90)}`);
  for (const dl of plan.deadlines)
    console.log(`  Hạn: ${dl.due ?? '(định kỳ)'} ${dl.frequency}${dl.to ? ` → ${dl.to}` : ''}`);
  for (const e of plan.events) console.log(`  Sự kiện: ${e.name} (${e.start}${e.end ? ` – ${e.end}` : ''})`);
  if (plan.signer)
    console.log(
      `Người ký: ${plan.signer.name} (${[...plan.signer.authority, plan.signer.position].filter(Boolean).join(' / ')})`,
    );
  if (plan.recipients.length) console.log(`Nơi nhận: ${plan.recipients.join('; ')}`);
}
