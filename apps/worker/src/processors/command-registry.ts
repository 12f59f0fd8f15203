import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { declaredSelectionCommands, type SelectionCommandClass } from '@app/database';

/**
 * The metadata key @CommandHandler writes; @nestjs/cqrs does not export it, so command-registry.spec.ts checks
 * that it still holds.
 */
export const COMMAND_HANDLER_METADATA = '__commandHandler__';

/**
 * What is wrong with the commands this worker would run: a declared command (@SelectionCommandType) with no
 * handler or two, a handled class that is not a declared command, two classes with one job name.
 */
export function commandRegistryProblems(declared: readonly SelectionCommandClass[], handledClasses: readonly unknown[]): string[] {
  const problems: string[] = [];
  const handlers = new Map<unknown, number>();
  for (const c of handledClasses) handlers.set(c, (handlers.get(c) ?? 0) + 1);
  const byType = new Map<string, SelectionCommandClass[]>();
  for (const c of declared) byType.set(c.type, [...(byType.get(c.type) ?? []), c]);
  for (const [type, classes] of byType) {
    if (classes.length > 1) problems.push(`${type}: ${classes.length} command classes (${classes.map((c) => c.name).join(', ')})`);
  }
  for (const c of declared) {
    const count = handlers.get(c) ?? 0;
    if (count !== 1) problems.push(`${c.type}: ${count} handlers`);
  }
  for (const c of handlers.keys()) {
    if (!declared.includes(c as SelectionCommandClass))
      problems.push(`${(c as { name?: string }).name ?? String(c)}: handled but not declared with @SelectionCommandType`);
  }
  return problems;
}

/**
 * The command classes this worker runs, keyed by job name: every @SelectionCommandType class of the loaded
 * libraries. At start-up it refuses to run unless each has exactly one @CommandHandler among the providers.
 */
@Injectable()
export class CommandRegistry implements OnModuleInit {
  private readonly byJobName = new Map<string, SelectionCommandClass>();

  constructor(private readonly modules: ModulesContainer) {}

  get(jobName: string): SelectionCommandClass | undefined {
    return this.byJobName.get(jobName);
  }

  onModuleInit(): void {
    const handled: unknown[] = [];
    for (const module of this.modules.values()) {
      for (const wrapper of module.providers.values()) {
        const metatype = wrapper.metatype as object | undefined;
        if (!metatype || typeof metatype !== 'function') continue;
        const commandClass = Reflect.getMetadata(COMMAND_HANDLER_METADATA, metatype);
        if (commandClass) handled.push(commandClass);
      }
    }
    const declared = declaredSelectionCommands();
    const problems = commandRegistryProblems(declared, handled);
    if (problems.length) throw new Error(`Every command job needs exactly one handler:\n  ${problems.join('\n  ')}`);
    for (const c of declared) this.byJobName.set(c.type, c);
  }
}
