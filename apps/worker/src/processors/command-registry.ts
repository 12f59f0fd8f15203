import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { CAMPAIGN_COMMANDS } from '@app/campaign';
import { CANDIDACY_COMMANDS } from '@app/candidacy';
import { ELECTION_COMMANDS } from '@app/election';
import { EVALUATION_COMMANDS } from '@app/evaluation';
import { JURY_COMMANDS } from '@app/jury';
import type { SelectionCommandClass } from '@app/database';
import { RESULTS_COMMANDS } from '@app/results';
import { SHORTLISTING_COMMANDS } from '@app/shortlisting';
import { CommandJobName } from '@app/queue';

/**
 * The metadata key @CommandHandler writes; @nestjs/cqrs does not export it, so command-registry.spec.ts checks
 * that it still holds.
 */
export const COMMAND_HANDLER_METADATA = '__commandHandler__';

/** Every command class the worker can run, keyed by its job name. */
export const ALL_COMMANDS: readonly SelectionCommandClass[] = [...CAMPAIGN_COMMANDS, ...CANDIDACY_COMMANDS, ...SHORTLISTING_COMMANDS, ...RESULTS_COMMANDS, ...EVALUATION_COMMANDS, ...JURY_COMMANDS, ...ELECTION_COMMANDS];

@Injectable()
export class CommandRegistry implements OnModuleInit {
  private readonly byJobName = new Map<string, SelectionCommandClass>(ALL_COMMANDS.map((c) => [c.type, c]));

  constructor(private readonly modules: ModulesContainer) {}

  get(jobName: string): SelectionCommandClass | undefined {
    return this.byJobName.get(jobName);
  }

  /** Refuses to start unless every job name has exactly one command class and exactly one handler. */
  onModuleInit(): void {
    const handlerCount = new Map<unknown, number>();
    for (const module of this.modules.values()) {
      for (const wrapper of module.providers.values()) {
        const metatype = wrapper.metatype as object | undefined;
        if (!metatype || typeof metatype !== 'function') continue;
        const commandClass = Reflect.getMetadata(COMMAND_HANDLER_METADATA, metatype);
        if (commandClass) handlerCount.set(commandClass, (handlerCount.get(commandClass) ?? 0) + 1);
      }
    }
    const problems: string[] = [];
    for (const jobName of Object.values(CommandJobName)) {
      const classes = ALL_COMMANDS.filter((c) => c.type === jobName);
      if (classes.length !== 1) problems.push(`${jobName}: ${classes.length} command classes`);
      else if (handlerCount.get(classes[0]) !== 1) problems.push(`${jobName}: ${handlerCount.get(classes[0]) ?? 0} handlers`);
    }
    if (problems.length) throw new Error(`Every command job needs exactly one handler:\n  ${problems.join('\n  ')}`);
  }
}
