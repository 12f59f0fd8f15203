import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { untrustedInputProblems } from './untrusted-input';
import { invalidRequest } from './validation.pipe';

/**
 * Refuses, on every route and before guards, pipes and handlers run, a parsed body or query string that nests too
 * deeply or carries text PostgreSQL cannot store or nobody types (see untrusted-input.ts). Runs after the body
 * parsers, so it sees JSON and form bodies as parsed; routes that read their body themselves (the ballot fast
 * path, CSV files) call the same checks.
 */
@Injectable()
export class UntrustedInputMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const problems = [...untrustedInputProblems(req.query), ...untrustedInputProblems(req.body)];
    // Thrown, not passed to next(): Nest answers what a middleware throws with the same JSON as a pipe's 400.
    if (problems.length) throw invalidRequest(problems);
    next();
  }
}
