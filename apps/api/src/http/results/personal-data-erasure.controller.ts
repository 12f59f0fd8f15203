import { Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { ErasePersonalDataCommand } from '@app/results';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';

@ApiTags('personal data')
@Controller('campaigns/:campaignId/personal-data')
export class PersonalDataErasureController {
  constructor(private readonly commands: CommandGateway) {}

  @Post('erase')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Crypto-shred the campaign’s personal data once its retention period after certification is over (the worker also does it daily): ' +
      'every person’s data key is deleted, read models read 已删除 / erased; the history still verifies and every result still recomputes',
  })
  async erase(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(ErasePersonalDataCommand, campaignId, {}, user, options), res);
  }
}
