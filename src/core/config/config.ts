/**
 * Configuration, parsed once at start-up from the environment. Invalid values stop the process
 * with the full list of problems.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isValidTimeZone, startedClock, systemClock, type Clock } from '../clock/clock.ts';

const ZEnv = z
  .object({
    /** HTTP port. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Address to listen on. */
    HOST: z.string().min(1).default('0.0.0.0'),
    /** Folder for the embedded database (PGlite) and its lock file. */
    DATA_DIR: z.string().min(1).default('./data'),
    /** PostgreSQL server URL; when set, the embedded database is not used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    /** IANA time zone of every civil date: deadlines, overdue, "today", printed dates. */
    TIME_ZONE: z
      .string()
      .min(1)
      .default(DEFAULT_TIME_ZONE)
      .refine(isValidTimeZone, 'unknown time zone (an IANA name such as Asia/Ho_Chi_Minh)'),
    /**
     * Tests and demonstrations only: the clock starts at this instant (ISO 8601 with a zone, e.g.
     * 2026-10-15T03:00:00Z) and runs on from there. Unset: the system clock.
     */
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    /** Set to 1 to skip migrations at start-up (run `binhdang migrate` instead). */
    SKIP_MIGRATIONS: z.enum(['0', '1']).default('0'),
    /** Session lifetime in hours. */
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /**
     * The reverse proxies whose X-Forwarded-For is believed: addresses or CIDRs separated by commas
     * (or `loopback`, `uniquelocal`), or the number of proxies in front. Unset: none — the client's
     * address is the connection's (behind a proxy, every client would then have the proxy's address).
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(
        /^(\d{1,2}|[0-9a-fA-F.:/,\sa-z]+)$/,
        'a number of proxies, or addresses/CIDRs separated by commas',
      )
      .optional(),
    /** A session unused this long ends (minutes); the bell's background refresh does not count as use. */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    /** Send cookies with the Secure flag (set to 1 behind HTTPS). */
    COOKIE_SECURE: z.enum(['0', '1']).default('0'),
    /** Failed sign-ins allowed per username or IP in the window before sign-in is refused. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Case statistics: counts of fewer survivors than this are hidden (docs/CASES.md); 5 at least. */
    DISCLOSURE_MIN_COUNT: z.coerce.number().int().min(5).max(100).default(5),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * The key file that encrypts GBV case data (docs/CASES.md). Default with the embedded database:
     * DATA_DIR/case-keys.json, created on first use. Required with DATABASE_URL (the same file for
     * every instance); kept apart from database backups.
     */
    CASE_KEY_FILE: z.string().min(1).optional(),
    /** Set to 0 to run no scheduled jobs in this instance (then run `binhdang reminders run` from cron). */
    SCHEDULER: z.enum(['0', '1']).default('1'),
    /** How often this instance looks for due jobs (seconds). */
    SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    /** How often the reminders job runs, across all instances (seconds). */
    REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
    /**
     * How often new audit rows are sealed, across all instances (seconds); each new seal's digest is
     * written to the application log (docs/SECURITY.md, residual risk 6).
     */
    AUDIT_SEAL_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    /** Tasks are reminded of from this many days before their due date. */
    REMINDER_TASK_DAYS: z.coerce.number().int().min(0).max(90).default(7),
    /**
     * Tries of a reminder e-mail before it is given up ('failed', shown to administrators); between
     * tries 5 minutes × 2^(try − 1), at most 4 hours.
     */
    REMINDER_EMAIL_MAX_TRIES: z.coerce.number().int().min(1).max(20).default(5),
    /** How often queued and failed reminder e-mails due for a try are sent (seconds). */
    EMAIL_OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(3600).default(60),
    /**
     * Tests only: `test` makes new password hashes the cheapest argon2id (src/core/auth/password.ts).
     * Refused unless NODE_ENV=test.
     */
    PASSWORD_HASH_COST: z.enum(['standard', 'test']).default('standard'),
    NODE_ENV: z.string().optional(),
    /** SMTP server for reminder e-mails; unset: reminders are in-app only. */
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** 1: TLS from the start (port 465); 0: STARTTLS when the server offers it. */
    SMTP_SECURE: z.enum(['0', '1']).default('0'),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    /** Sender, e.g. "Bình đẳng giới <no-reply@example.gov.vn>". */
    SMTP_FROM: z.string().min(3).default('binhdang <no-reply@localhost>'),
  })
  .refine((e) => e.PASSWORD_HASH_COST !== 'test' || e.NODE_ENV === 'test', {
    path: ['PASSWORD_HASH_COST'],
    message: 'test is for test runs only (NODE_ENV=test)',
  });

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface Config {
  port: number;
  /** The zone civil dates are computed in. */
  timeZone: string;
  /** CLOCK_START: the instant the clock starts at, or undefined for the system clock. */
  clockStart: Date | undefined;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  skipMigrations: boolean;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  /** Fastify's trustProxy: trusted proxy addresses, or "the n nearest hops"; false: none. */
  trustProxy: string[] | ((address: string, hop: number) => boolean) | false;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** The disclosure threshold k (core/disclosure/protect.ts), never below 5. */
  disclosureMinCount: number;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  caseKeyFile: string | undefined;
  scheduler: { enabled: boolean; intervalSeconds: number };
  reminders: {
    intervalSeconds: number;
    taskDays: number;
    emailMaxTries: number;
    outboxIntervalSeconds: number;
  };
  auditSeal: { intervalSeconds: number };
  smtp: SmtpConfig | undefined;
}

export class ConfigError extends Error {}

const hops = (n: number) => (_address: string, hop: number) => hop < n;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Environment configuration is invalid, please check the following:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    timeZone: e.TIME_ZONE,
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : undefined,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    skipMigrations: e.SKIP_MIGRATIONS === '1',
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE === '1',
    trustProxy: !e.TRUST_PROXY
      ? false
      : /^\d+$/.test(e.TRUST_PROXY)
        ? hops(Number(e.TRUST_PROXY))
        : e.TRUST_PROXY.split(',').map((a) => a.trim()),
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    disclosureMinCount: e.DISCLOSURE_MIN_COUNT,
    logLevel: e.LOG_LEVEL,
    caseKeyFile: e.CASE_KEY_FILE ? resolve(e.CASE_KEY_FILE) : undefined,
    scheduler: { enabled: e.SCHEDULER === '1', intervalSeconds: e.SCHEDULER_INTERVAL_SECONDS },
    reminders: {
      intervalSeconds: e.REMINDERS_INTERVAL_SECONDS,
      taskDays: e.REMINDER_TASK_DAYS,
      emailMaxTries: e.REMINDER_EMAIL_MAX_TRIES,
      outboxIntervalSeconds: e.EMAIL_OUTBOX_INTERVAL_SECONDS,
    },
    auditSeal: { intervalSeconds: e.AUDIT_SEAL_INTERVAL_SECONDS },
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE === '1',
          user: e.SMTP_USER,
          password: e.SMTP_PASSWORD,
          from: e.SMTP_FROM,
        }
      : undefined,
  };
}

/** The clock the configuration asks for: the system's, or one started at CLOCK_START. */
export function clockFor(config: Pick<Config, 'timeZone' | 'clockStart'>): Clock {
  return config.clockStart ? startedClock(config.clockStart, config.timeZone) : systemClock(config.timeZone);
}
