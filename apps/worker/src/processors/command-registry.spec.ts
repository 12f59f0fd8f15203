import { CommandHandler } from '@nestjs/cqrs';
import { declaredSelectionCommands, SelectionCommand, type SelectionCommandClass, SelectionCommandType } from '@app/database';
import { commandRegistryProblems, COMMAND_HANDLER_METADATA } from './command-registry';

describe('command registry', () => {
  it('reads the metadata key that @CommandHandler writes', () => {
    class Probe {}
    @CommandHandler(Probe)
    class ProbeHandler {}
    expect(Reflect.getMetadata(COMMAND_HANDLER_METADATA, ProbeHandler)).toBe(Probe);
  });

  it('takes the job name from @SelectionCommandType and lists the class among the declared commands', () => {
    @SelectionCommandType('ProbeNamed')
    class ProbeNamedCommand extends SelectionCommand<{ x: number }> {}
    expect(ProbeNamedCommand.type).toBe('ProbeNamed');
    expect(declaredSelectionCommands()).toContain(ProbeNamedCommand);
  });

  const command = (type: string, name = `${type}Command`) => ({ type, name }) as unknown as SelectionCommandClass;
  const a = command('A');
  const b = command('B');
  const b2 = command('B', 'OtherBCommand');
  const stray = { name: 'StrayCommand' };

  it.each([
    ['each declared command has one handler', [a, b], [a, b], []],
    ['a command with no handler', [a, b], [a], ['B: 0 handlers']],
    ['a command with two handlers', [a, b], [a, b, b], ['B: 2 handlers']],
    ['two classes with one job name', [a, b, b2], [a, b, b2], ['B: 2 command classes (BCommand, OtherBCommand)']],
    ['a handler for a class not declared', [a], [a, stray], ['StrayCommand: handled but not declared with @SelectionCommandType']],
  ])('%s', (_, declared, handled, problems) => {
    expect(commandRegistryProblems(declared as SelectionCommandClass[], handled)).toEqual(problems);
  });

  it('finds every command of the contexts the worker loads, each job name once', async () => {
    await Promise.all(['campaign', 'candidacy', 'evaluation', 'jury', 'shortlisting', 'election', 'results'].map((lib) => import(`@app/${lib}`)));
    const types = declaredSelectionCommands().map((c) => c.type);
    expect(types).toEqual(
      expect.arrayContaining(['CreateCampaign', 'SubmitCandidacy', 'ImportJurors', 'FreezeRanking', 'CastCongressBallot', 'CertifyResults']),
    );
    expect(new Set(types).size).toBe(types.length);
  });
});
