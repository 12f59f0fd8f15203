import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration, in order; explicit so that a build never misses one. */
export const MIGRATIONS = [Foundation1764100000000];
