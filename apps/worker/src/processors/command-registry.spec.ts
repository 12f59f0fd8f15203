import { CommandHandler } from '@nestjs/cqrs';
import { CommandJobName } from '@app/queue';
import { ALL_COMMANDS, COMMAND_HANDLER_METADATA } from './command-registry';

describe('command registry', () => {
  it('reads the metadata key that @CommandHandler writes', () => {
    class Probe {}
    @CommandHandler(Probe)
    class ProbeHandler {}
    expect(Reflect.getMetadata(COMMAND_HANDLER_METADATA, ProbeHandler)).toBe(Probe);
  });

  it('has exactly one command class per job name', () => {
    for (const jobName of Object.values(CommandJobName)) {
      expect(ALL_COMMANDS.filter((c) => c.type === jobName).map((c) => c.name)).toHaveLength(1);
    }
  });
});
