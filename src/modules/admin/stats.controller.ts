import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi, RequireRole } from './auth/admin-auth.decorators.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import { StatsDto, StatsQueryDto } from './dto/stats.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@AdminApi()
@RequireRole('viewer')
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly service: StatsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Counts by status and category, pre-filter skips, LLM tokens and cost over a window. Role: viewer.',
  })
  @ApiOkResponse({ type: StatsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  get(@Query() query: StatsQueryDto): Promise<StatsDto> {
    return this.service.get(query);
  }
}
