import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Fixed secrets for development and tests, so that tokens and codes survive a restart there. They are public (they
 * are in this file), so production refuses them; each is its own value, so no secret can be worked out from another.
 */
export const DEVELOPMENT_SECRETS = {
  JWT_SECRET: 'development-only-jwt-secret-never-used-in-production',
  JURY_SECRET: 'development-only-jury-secret-never-used-in-production',
  DELEGATE_CODE_SECRET: 'development-only-delegate-code-secret-never-used-in-production',
} as const;

type SecretName = keyof typeof DEVELOPMENT_SECRETS;
const SECRET_NAMES = Object.keys(DEVELOPMENT_SECRETS) as SecretName[];
const PRODUCTION_SECRET_MIN_LENGTH = 32;

/** What an operator must write to run the development login in production: it says what it means. */
export const DEV_LOGIN_IN_PRODUCTION_CONSENT = 'i-understand-anyone-can-sign-in-as-anyone';

/** Every setting the processes read, validated once at start-up so that a bad value fails fast and clearly. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/open_selection';

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key; wrap in braces (a hash tag) when running on Redis Cluster. */
  @IsString()
  QUEUE_PREFIX = 'os';

  /**
   * Redis Cluster seed nodes (`host:port,host:port,…`). Set, every Redis use (queues, rate limits, sessions) goes to
   * the cluster and REDIS_URL is not read; QUEUE_PREFIX must then be a hash tag (`{os}`) so each queue's keys share a slot.
   */
  @IsOptional()
  @IsString()
  REDIS_CLUSTER_NODES?: string;

  /** Completed jobs each queue keeps (at most this many, none older than QUEUE_KEEP_COMPLETED_SECONDS): PostgreSQL holds the outcome. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  QUEUE_KEEP_COMPLETED = 100;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  QUEUE_KEEP_COMPLETED_SECONDS = 60;

  /** Jobs that failed for good each queue keeps for inspection (at most this many, none older than QUEUE_KEEP_FAILED_SECONDS). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  QUEUE_KEEP_FAILED = 1000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  QUEUE_KEEP_FAILED_SECONDS = 7 * 24 * 3600;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Signs bearer tokens. Required in production (see productionProblems); development has its own default. */
  @IsString()
  @MinLength(16)
  JWT_SECRET!: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  /** Lifetime of an access token of a real account; a revoked session is refused at once regardless. */
  @Type(() => Number)
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 600;

  /** A refresh token unused this long expires; each use replaces it with a new one. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Where mail goes (`smtp://user:pass@host:587`, `smtps://…`). Unset: links are written to the api's console. */
  @IsOptional()
  @IsString()
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Open Selection <no-reply@localhost>';

  /** Notifications by SMS (issue 17): `twilio` (Twilio's Messages API) or `none`. */
  @IsIn(['none', 'twilio'])
  SMS_PROVIDER: 'none' | 'twilio' = 'none';

  /** Where Twilio's REST API is (a test points it at a local server that speaks the same protocol). */
  @IsString()
  TWILIO_API_URL = 'https://api.twilio.com';

  @IsOptional()
  @IsString()
  TWILIO_ACCOUNT_SID?: string;

  /** The account's auth token (HTTP Basic password); never logged. */
  @IsOptional()
  @IsString()
  TWILIO_AUTH_TOKEN?: string;

  /** The sending number (E.164) or alphanumeric sender id. */
  @IsOptional()
  @IsString()
  TWILIO_FROM?: string;

  /** How long before a deadline its reminder goes out (default 48 hours). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  NOTIFY_REMINDER_LEAD_MS = 48 * 3600 * 1000;

  /** Attempts per delivery before it becomes a dead letter the organisers see. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  NOTIFY_MAX_ATTEMPTS = 8;

  /** Largest proposal attachment accepted, in bytes (default 10 MiB); larger ones get 413. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

  /** Most attachments on one candidacy. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ATTACHMENTS_PER_CANDIDACY = 10;

  /** First retry delay of a failed delivery; each further one doubles. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  NOTIFY_RETRY_DELAY_MS = 2000;

  /** Wrong passwords for one account before it must wait; each further one doubles the wait. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_FAILURES_BEFORE_LOCKOUT = 5;

  /** The first wait after SIGN_IN_FAILURES_BEFORE_LOCKOUT wrong passwords (doubling, at most an hour). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_LOCKOUT_SECONDS = 30;

  /** Wrong passwords from one address (over every account) before that address must wait. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_FAILURES_PER_ADDRESS = 50;

  /** Issues tokens for any role without a password: for development and the demo only. */
  @Type(() => Boolean)
  @IsBoolean()
  AUTH_DEV_LOGIN = true;

  /** The only way to run with AUTH_DEV_LOGIN in production: exactly DEV_LOGIN_IN_PRODUCTION_CONSENT. */
  @IsOptional()
  @IsIn([DEV_LOGIN_IN_PRODUCTION_CONSENT], { message: `AUTH_DEV_LOGIN_IN_PRODUCTION must be exactly "${DEV_LOGIN_IN_PRODUCTION_CONSENT}" when set` })
  AUTH_DEV_LOGIN_IN_PRODUCTION?: string;

  @Type(() => Boolean)
  @IsBoolean()
  MIGRATE_ON_START = true;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  WORKER_CONCURRENCY = 8;

  /** How long a worker holds a job before another may take it over after a crash. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  WORKER_LOCK_MS = 10000;

  /** How often a worker looks for accepted work (commands, ballot batches, events) whose Redis job was lost. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  SWEEP_INTERVAL_MS = 5000;

  /** How often the worker erases the personal data of every campaign whose retention period is over (daily). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  PERSONAL_DATA_ERASURE_EVERY_MS = 24 * 60 * 60 * 1000;

  /**
   * Tests only: the erasure rules read the clock this many days ahead, so that an e2e test sees a retention period
   * pass. Refused in production.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  RETENTION_CLOCK_SKEW_DAYS = 0;

  /** Accepted work not applied after this long is checked against Redis and queued again if its job is gone. */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  SWEEP_STALE_AFTER_MS = 10000;

  /**
   * Which proxies in front of the api to trust for the client's address (Express "trust proxy": e.g. `loopback`,
   * `10.0.0.0/8`, or a number of hops). Per-address rate limits count the real client only when this is right;
   * unset, the address is the TCP peer's.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Where people reach the service. `https://…` says every request arrives over https (behind a TLS proxy):
   * HSTS and upgrade-insecure-requests are then sent on every response. Unset or `http://…`, they are sent only on
   * requests that came over https (directly, or through a trusted proxy's X-Forwarded-Proto).
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  /**
   * Single sign-on through the federation's OpenID Connect provider: off unless set. Needs OIDC_CLIENT_ID and
   * PUBLIC_URL (the provider sends people back to PUBLIC_URL/auth/oidc/callback); https in production.
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** Unset for a public client (PKCE alone). */
  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** The sign-in button's words, e.g. 省妇联统一身份认证. */
  @IsString()
  OIDC_LABEL = '统一身份认证';

  /** Longest a client may block on `?wait=true`. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  COMMAND_WAIT_MAX_MS = 30000;

  /** Requests per minute per address on public write routes that take no credential (objections) and dev login. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_CREDENTIALS_PER_MINUTE = 30;

  /** Refused juror or delegate codes per minute per address before it gets 429 for a minute (accepted codes never count). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_FAILED_CODES_PER_MINUTE = 10;

  /** Secret for juror codes (pepper), ballot tokens and receipt salts. Required in production. */
  @IsString()
  @MinLength(16)
  JURY_SECRET!: string;

  /** Secret (pepper) for delegates' one-time codes. Required in production. */
  @IsString()
  @MinLength(16)
  DELEGATE_CODE_SECRET!: string;

  /**
   * While a flush of a campaign's ballots is running, the api collects the next batch for at most this long (ms), or
   * until JURY_BATCH_MAX; with nothing in flight a ballot is flushed at once.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  JURY_BATCH_MS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  JURY_BATCH_MAX = 500;

  /**
   * Committed batches are named to the worker in one job per campaign every this many ms: counting a few larger jobs
   * costs far less than one per flush, and no ballot's answer waits for it (it was answered when committed).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  JURY_HANDOVER_MS = 50;

  /** Ballots one juror's token may cast (each replacing the last) per minute; more is refused with 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  JURY_BALLOTS_PER_JUROR_PER_MINUTE = 20;

  /** Notice PDFs rendered at once by the api's one Chromium (each new version of a notice is rendered once). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(8)
  NOTICE_PDF_CONCURRENCY = 1;

  /** Renders of new notice versions that may wait for Chromium; beyond them a request gets 503 with Retry-After. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  NOTICE_PDF_MAX_WAITING = 4;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  LOG_PRETTY?: string;
}

function parseBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  return value;
}

const BOOLEAN_KEYS: (keyof AppConfig)[] = ['AUTH_DEV_LOGIN', 'MIGRATE_ON_START'];
/** Optional settings docker-compose.yml passes as `${X:-}`: empty there means not set. */
const UNSET_WHEN_EMPTY: (keyof AppConfig)[] = ['PUBLIC_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_LABEL', 'REDIS_CLUSTER_NODES'];

/**
 * Rules across settings. In production: every secret set by the operator, long, not a development value, and the
 * development login only with the written consent. Everywhere: no two secrets the same, since one leaking must
 * not give away another.
 */
function crossSettingProblems(env: Record<string, unknown>, config: AppConfig): string[] {
  const problems: string[] = [];
  const production = config.NODE_ENV === 'production';
  if (production) {
    for (const name of SECRET_NAMES) {
      const value = env[name];
      if (typeof value !== 'string' || value === '')
        problems.push(
          `${name} must be set in production (a random value of at least ${PRODUCTION_SECRET_MIN_LENGTH} characters, e.g. \`openssl rand -hex 32\`)`,
        );
      else if (value.length < PRODUCTION_SECRET_MIN_LENGTH) problems.push(`${name} must be at least ${PRODUCTION_SECRET_MIN_LENGTH} characters in production`);
      else if (Object.values(DEVELOPMENT_SECRETS).includes(value as never))
        problems.push(`${name} is the public development value; set a secret of your own in production`);
    }
    if (config.AUTH_DEV_LOGIN && config.AUTH_DEV_LOGIN_IN_PRODUCTION !== DEV_LOGIN_IN_PRODUCTION_CONSENT) {
      problems.push(
        `AUTH_DEV_LOGIN=true is refused in production: anyone could sign in as anyone. Unset it, or set AUTH_DEV_LOGIN_IN_PRODUCTION=${DEV_LOGIN_IN_PRODUCTION_CONSENT}`,
      );
    }
  }
  if (production && config.RETENTION_CLOCK_SKEW_DAYS !== 0) problems.push('RETENTION_CLOCK_SKEW_DAYS is for tests only and refused in production');
  problems.push(...singleSignOnProblems(config));
  problems.push(...redisClusterProblems(config));
  if (config.SMS_PROVIDER === 'twilio' && !(config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && config.TWILIO_FROM)) {
    problems.push('SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
  }
  SECRET_NAMES.forEach((name, i) => {
    for (const other of SECRET_NAMES.slice(i + 1)) {
      if (config[name] && config[name] === config[other]) problems.push(`${name} and ${other} must differ: each secret is independent`);
    }
  });
  return problems;
}

function redisClusterProblems(config: AppConfig): string[] {
  if (!config.REDIS_CLUSTER_NODES) return [];
  const problems: string[] = [];
  if (!config.REDIS_CLUSTER_NODES.split(',').every((node) => /^[^\s:,]+:\d{1,5}$/.test(node.trim())))
    problems.push('REDIS_CLUSTER_NODES must be host:port pairs separated by commas');
  // A queue's Lua scripts touch several of its keys at once; on a cluster they must hash to one slot.
  if (!/^\{[^{}]+\}/.test(config.QUEUE_PREFIX)) problems.push('QUEUE_PREFIX must start with a hash tag such as {os} when REDIS_CLUSTER_NODES is set');
  return problems;
}

function singleSignOnProblems(config: AppConfig): string[] {
  if (!config.OIDC_ISSUER) return [];
  const problems: string[] = [];
  if (!config.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID must be set when OIDC_ISSUER is set (the client id the provider registered for this service)');
  if (!config.PUBLIC_URL) problems.push('PUBLIC_URL must be set when OIDC_ISSUER is set: the provider sends people back to PUBLIC_URL/auth/oidc/callback');
  // Over plain http anyone on the way could hand the service a forged discovery document and keys.
  if (config.NODE_ENV === 'production' && !config.OIDC_ISSUER.startsWith('https://')) problems.push('OIDC_ISSUER must be an https:// address in production');
  return problems;
}

/** Validates the environment; throws one error listing every bad setting. Secret values never appear in it. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const raw: Record<string, unknown> = { ...env };
  for (const key of BOOLEAN_KEYS) if (key in raw) raw[key] = parseBoolean(raw[key]);
  if (raw.AUTH_DEV_LOGIN_IN_PRODUCTION === '') delete raw.AUTH_DEV_LOGIN_IN_PRODUCTION; // compose's `${X:-}` when unset
  for (const key of UNSET_WHEN_EMPTY) if (raw[key] === '') delete raw[key];
  if (raw.NODE_ENV === 'production') {
    if (raw.AUTH_DEV_LOGIN === undefined) raw.AUTH_DEV_LOGIN = false;
  } else {
    for (const name of SECRET_NAMES) if (raw[name] === undefined || raw[name] === '') raw[name] = DEVELOPMENT_SECRETS[name];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const secret = (property: string) => (SECRET_NAMES as string[]).includes(property) || property === 'OIDC_CLIENT_SECRET' || property === 'TWILIO_AUTH_TOKEN';
  const lines = validateSync(config, { skipMissingProperties: false, whitelist: false })
    // A missing production secret is said once, by crossSettingProblems, with what to do.
    .filter((e) => !(secret(e.property) && config.NODE_ENV === 'production' && (e.value === undefined || e.value === '')))
    .map((e) => `  ${e.property}=${secret(e.property) ? '[secret]' : JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  lines.push(...crossSettingProblems(env, config).map((problem) => `  ${problem}`));
  if (lines.length > 0) throw new Error(`Configuration error:\n${lines.join('\n')}`);
  return config;
}

/** What must be said loudly at every start although it is allowed. */
export function configWarnings(config: AppConfig): string[] {
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_LOGIN) {
    return [
      'WARNING: the development login is ON in production (AUTH_DEV_LOGIN_IN_PRODUCTION is set): anyone can sign in as anyone, with any role, through POST /auth/dev-login. Switch it off unless this is a demonstration.',
    ];
  }
  return [];
}

/** Reads and validates process.env; for code that runs outside Nest (CLI, scripts). */
export const loadConfig = (): AppConfig => validateConfig(process.env);
