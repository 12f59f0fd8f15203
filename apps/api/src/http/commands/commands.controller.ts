import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, AnyRole, CurrentUser } from '@app/auth';
import { CommandGateway } from './command-gateway';

@ApiTags('commands')
@ApiBearerAuth()
@Controller('commands')
export class CommandsController {
  constructor(private readonly commands: CommandGateway) {}

  @Get(':commandId')
  @AnyRole()
  @ApiOperation({ summary: 'The outcome of a command: pending, succeeded (with result) or rejected (with reason)' })
  async get(@Param('commandId', ParseUUIDPipe) commandId: string, @CurrentUser() user: AuthUser) {
    const found = await this.commands.find(commandId);
    if (!found) throw new NotFoundException(`Command ${commandId} does not exist.`);
    const { actorId, ...outcome } = found;
    if (actorId !== user.id && !user.roles.includes('organiser')) throw new ForbiddenException('You may only read your own commands.');
    return outcome;
  }
}
