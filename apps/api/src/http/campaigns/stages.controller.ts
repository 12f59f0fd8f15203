import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { STAGE_DEFINITIONS, type StageDefinition } from '@app/domain';

@ApiTags('campaigns')
@Controller('stages')
export class StagesController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'Every stage in its order: the command and route that enter it, and what it allows (the same for every campaign)' })
  list(): readonly StageDefinition[] {
    return STAGE_DEFINITIONS;
  }
}
