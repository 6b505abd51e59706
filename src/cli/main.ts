/**
 * The `binhdang` command line: the same services as the HTTP API, acting as the system.
 *   binhdang serve | migrate | user create | units search | plan parse FILE | report summary|export|import|due
 *   | indicator values | case rotate-key|open-export FILE | reminders run | audit seal|verify
 *   | backup FILE | restore FILE
 */
import { Command, Option } from 'commander';
import { ConfigError, loadConfig } from '../core/config/config.ts';
import { DataDirLockedError } from '../core/db/data-dir-lock.ts';
import { isAppError } from '../core/errors/app-error.ts';
import { ERROR_CATALOGUE } from '../core/errors/catalogue.ts';

/**
 * Each command's module is loaded when the command runs: `binhdang report due` does not load the
 * web server, nor `binhdang serve` the spreadsheet readers (each process starts in less time).
 */
const commands = () => import('./commands.ts');
const reports = () => import('./report-commands.ts');
const cases = () => import('./case-commands.ts');
const audits = () => import('./audit-commands.ts');

const program = new Command('binhdang')
  .description('binhdang: gender-equality work in Vietnam')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web server (PORT, DATA_DIR, DATABASE_URL from the environment)')
  .action(async () => {
    const { serve } = await import('../app/serve.ts');
    const stop = await serve(loadConfig());
    const shutdown = () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('apply migrations and load reference data')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof commands>>['migrateCommand']>) =>
    (await commands())['migrateCommand'](...a),
  );

const user = program.command('user').description('manage users');
user
  .command('create')
  .description('create a user (password from --password or the BINHDANG_PASSWORD variable)')
  .requiredOption('--username <username>')
  .requiredOption('--full-name <name>')
  .option('--password <password>')
  .option('--role <role...>', 'roles to grant', ['viewer'])
  .option('--unit <code>', 'code of the 2025 unit the roles are scoped to (not for system_admin)')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof commands>>['userCreateCommand']>) =>
    (await commands())['userCreateCommand'](...a),
  );

const units = program.command('units').description('administrative units');
units
  .command('search <query...>')
  .description('diacritic-insensitive search ("thai binh" finds Thái Bình)')
  .addOption(new Option('--version <version>', 'registry version').choices(['2024', '2025']).default('2025'))
  .addOption(new Option('--level <level>').choices(['province', 'district', 'commune']))
  .option('--limit <n>', 'maximum results', '20')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof commands>>['unitsSearchCommand']>) =>
    (await commands())['unitsSearchCommand'](...a),
  );

const plan = program.command('plan').description('plans (Kế hoạch)');
plan
  .command('parse <file>')
  .description('read a plan document (.txt, .docx) and print its structure (see docs/plan-parse.md)')
  .option('--json', 'print the whole structure as JSON')
  .action(async (...a: Parameters<typeof import('./plan-commands.ts').planParseCommand>) =>
    (await import('./plan-commands.ts')).planParseCommand(...a),
  );

const report = program.command('report').description('periodic reports (báo cáo định kỳ)');
report
  .command('summary')
  .description("lower units' completeness and the approved sums for a form and period")
  .requiredOption('--form <code>', 'form code, e.g. GE_SEMIANNUAL')
  .requiredOption('--period <date>', 'first day of the period, YYYY-MM-DD')
  .option('--unit <code>', 'receiving 2025 unit (default: the whole country)')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof reports>>['reportSummaryCommand']>) =>
    (await reports())['reportSummaryCommand'](...a),
  );
report
  .command('export')
  .description('write the figures (.csv, .xlsx, ADX) or the consolidated report (.docx)')
  .requiredOption('--form <code>')
  .requiredOption('--period <date>')
  .option('--unit <code>')
  .addOption(new Option('--format <format>').choices(['csv', 'xlsx', 'adx', 'docx']).default('csv'))
  .option('--all', 'csv/xlsx: include reports not yet approved')
  .option('--out <file>', 'output file (default: a name from the form, period and unit)')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof reports>>['reportExportCommand']>) =>
    (await reports())['reportExportCommand'](...a),
  );
report
  .command('import <file>')
  .description(
    'fill draft reports from a .csv or .xlsx (unit_code, period_start, element_code, category, value) or ADX (.xml)',
  )
  .requiredOption('--form <code>')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof reports>>['reportImportCommand']>) =>
    (await reports())['reportImportCommand'](...a),
  );
report
  .command('due')
  .description("what a commune owes under its province's reporting obligations (for reminders)")
  .requiredOption('--unit <code>', '2025 commune code')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof reports>>['reportDueCommand']>) =>
    (await reports())['reportDueCommand'](...a),
  );

program
  .command('indicator')
  .description('indicator values against the national targets')
  .command('values')
  .requiredOption('--year <year>')
  .option('--unit <code>', '2025 unit (default: the whole country)')
  .option('--programme <code>', 'NSGE, GBV, COMM, DV or WPS')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof reports>>['indicatorValuesCommand']>) =>
    (await reports())['indicatorValuesCommand'](...a),
  );

const kase = program.command('case').description('GBV cases (vụ việc): the sealing key and exports');
kase
  .command('rotate-key')
  .description('add a new case key, make it current and re-seal every sealed value with it (old keys kept)')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof cases>>['caseRotateKeyCommand']>) =>
    (await cases())['caseRotateKeyCommand'](...a),
  );
kase
  .command('open-export <file>')
  .description('open a case export (.bdx) with its passphrase and print its JSON')
  .option('--passphrase <passphrase>', 'the passphrase (default: the BINHDANG_EXPORT_PASSPHRASE variable)')
  .option('--out <file>', 'write the JSON to this file (readable by you only) instead of printing it')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof cases>>['caseOpenExportCommand']>) =>
    (await cases())['caseOpenExportCommand'](...a),
  );

program
  .command('reminders')
  .description('reminders of due reports and tasks, and case escalations (in-app and e-mail)')
  .command('run')
  .description('run the reminders job once (with SCHEDULER=0 in the servers, from cron)')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<typeof import('./reminder-commands.ts').remindersRunCommand>) =>
    (await import('./reminder-commands.ts')).remindersRunCommand(...a),
  );

const audit = program.command('audit').description('the audit log: seals that show tampering');
audit
  .command('seal')
  .description('seal the audit rows not sealed yet (as the scheduled job does) and print the new digests')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof audits>>['auditSealCommand']>) =>
    (await audits())['auditSealCommand'](...a),
  );
audit
  .command('verify')
  .description('recompute every seal and the chain; exit code 1 if one is broken')
  .option('--seal <number>', 'a seal whose digest was recorded outside the database (the log)…')
  .option('--digest <hex>', '…and that digest: it must still match')
  .option('--json', 'print JSON')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof audits>>['auditVerifyCommand']>) =>
    (await audits())['auditVerifyCommand'](...a),
  );

program
  .command('backup <file>')
  .description('write a consistent snapshot of the whole database (.jsonl or .jsonl.gz)')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof commands>>['backupCommand']>) =>
    (await commands())['backupCommand'](...a),
  );
program
  .command('restore <file>')
  .description('replace the whole database with a backup')
  .action(async (...a: Parameters<Awaited<ReturnType<typeof commands>>['restoreCommand']>) =>
    (await commands())['restoreCommand'](...a),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(err.message);
  else if (isAppError(err))
    console.error(
      `${err.code}: ${ERROR_CATALOGUE[err.code].en}${err.details ? ' ' + JSON.stringify(err.details) : ''}`,
    );
  else console.error(err);
  process.exit(1);
});
