import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { PIPELINE_TEMPLATES, type PipelineTemplate, STAGE_DEFINITIONS, type StageDefinition, stageDefinitions, TEMPLATE_STAGES } from '@app/domain';

@ApiTags('campaigns')
@Controller('stages')
export class StagesController {
  @Get()
  @Public()
  @ApiOperation({
    summary:
      "Every stage of a pipeline template in its order (an open selection's by default): the command and route that enter it, and what it allows. A campaign's own stages, less those it leaves out, are in its `stages`.",
  })
  @ApiQuery({ name: 'template', required: false, enum: PIPELINE_TEMPLATES })
  list(@Query('template') template?: string): readonly StageDefinition[] {
    if (template === undefined) return STAGE_DEFINITIONS;
    if (!PIPELINE_TEMPLATES.includes(template as PipelineTemplate)) {
      const message = `template must be one of ${PIPELINE_TEMPLATES.join(', ')}`;
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: 'template', rule: 'isIn', message }] });
    }
    return stageDefinitions(TEMPLATE_STAGES[template as PipelineTemplate]);
  }
}
