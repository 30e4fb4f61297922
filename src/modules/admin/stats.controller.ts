import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
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
  @OwnerScope('rows')
  @ApiOperation({
    summary:
      'Counts by status and category, pre-filter skips, LLM tokens and cost over a window. Role: viewer.',
  })
  @ApiOkResponse({ type: StatsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  get(@Query() query: StatsQueryDto, @Principal() principal: AdminPrincipal): Promise<StatsDto> {
    return this.service.get(query, principal.userId);
  }
}
