/**
 * `binhdang case …`: the GBV case keys and exports from the command line, acting as the system.
 *   case rotate-key              a new current key, every sealed value re-sealed with it (docs/CASES.md)
 *   case open-export FILE        a file made by POST /cases/:id/export, opened with its passphrase
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { systemActor } from '../core/auth/roles.ts';
import { loadConfig } from '../core/config/config.ts';
import { openFile } from '../core/crypto/passphrase-file.ts';
import { KeyRotationService } from '../modules/cases/key-rotation.service.ts';
import { withDatabase } from './commands.ts';

export async function caseRotateKeyCommand(): Promise<void> {
  await withDatabase(true, async (h) => {
    const r = await new KeyRotationService(h.db, loadConfig()).rotate(systemActor('cli'));
    const t = r.byTable;
    console.log(`case key ${r.keyId} is now current in ${r.keyFile} (keys kept: ${r.keyIds.join(', ')})`);
    console.log(
      `re-sealed ${r.resealed} values (cases ${t.gbv_case}, referral notes ${t.referral}, ` +
        `case notes ${t.case_note}, private addresses ${t.service_provider}, ` +
        `protective measures ${t.case_protection}, closure comments ${t.case_closure}, follow-up notes ${t.case_follow_up})`,
    );
    console.log('back up the key file again; restart running servers so they seal with the new key');
  });
}

/** Fails with a message and exit code 1 (no stack trace: the cause is the file or the passphrase). */
function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

export function caseOpenExportCommand(file: string, opts: { out?: string; passphrase?: string }): void {
  const passphrase = opts.passphrase ?? process.env.BINHDANG_EXPORT_PASSPHRASE;
  if (!passphrase) return fail('give the passphrase in BINHDANG_EXPORT_PASSPHRASE (or --passphrase)');
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  let content: Buffer;
  try {
    content = openFile(passphrase, data);
  } catch (err) {
    return fail(`cannot open ${file}: ${(err as Error).message}`);
  }
  let json: string;
  try {
    json = `${JSON.stringify(JSON.parse(content.toString('utf8')), null, 2)}\n`;
  } catch {
    // not the parser's message: it quotes the start of the content, i.e. the survivor's details
    return fail(`cannot open ${file}: the opened content is not a case export (not JSON)`);
  }
  if (!opts.out) return void process.stdout.write(json);
  // the survivor's details in clear: readable by this user only
  writeFileSync(opts.out, json, { mode: 0o600 });
  chmodSync(opts.out, 0o600);
  console.log(`wrote ${opts.out}`);
}
