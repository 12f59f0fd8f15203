import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

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

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(16)
  JWT_SECRET = 'dev-only-secret-change-me-in-production';

  @Type(() => Number)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  /** Issues tokens for any role without a password: for development and the demo only. */
  @Type(() => Boolean)
  @IsBoolean()
  AUTH_DEV_LOGIN = true;

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

  /** Secret for juror codes (pepper), ballot tokens and receipt salts; derived from JWT_SECRET when unset. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  JURY_SECRET?: string;

  /** The api collects ballots this long (ms) before queueing them as one batch job, or until JURY_BATCH_MAX. */
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

  /** Ballots one juror's token may cast (each replacing the last) per minute; more is refused with 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  JURY_BALLOTS_PER_JUROR_PER_MINUTE = 20;

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

/** Validates the environment; throws one error listing every bad setting. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const raw: Record<string, unknown> = { ...env };
  for (const key of BOOLEAN_KEYS) if (key in raw) raw[key] = parseBoolean(raw[key]);
  if (raw.NODE_ENV === 'production' && raw.AUTH_DEV_LOGIN === undefined) raw.AUTH_DEV_LOGIN = false;
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new Error('Configuration error: JWT_SECRET must be set in production.');
  }
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Configuration error:\n${lines.join('\n')}`);
  }
  return config;
}

/** Reads and validates process.env; for code that runs outside Nest (CLI, scripts). */
export const loadConfig = (): AppConfig => validateConfig(process.env);
