import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Public, RateLimited } from '@app/auth';
import { AppConfig } from '@app/config';
import { ROLES, type Role } from '@app/domain';

export class DevLoginDto {
  @ApiPropertyOptional({ example: 'organiser-1', description: 'Stable id of the person; a new one is made when left out' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'userId must be 1–64 of [A-Za-z0-9._-]' })
  userId?: string;
  @ApiPropertyOptional({ example: '李主任' }) @IsOptional() @IsString() @MaxLength(50) name?: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['organiser'] })
  @IsArray() @ArrayMinSize(1) @IsIn(ROLES, { each: true })
  roles: Role[];
}

@ApiTags('auth')
@Controller('auth')
export class DevLoginController {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  @Post('dev-login')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a signed bearer token for any person and roles (off in production)' })
  async login(@Body() dto: DevLoginDto) {
    if (!this.config.AUTH_DEV_LOGIN) throw new ForbiddenException('Development login is switched off (AUTH_DEV_LOGIN=false).');
    const userId = dto.userId ?? randomUUID();
    const token = await this.jwt.signAsync({ sub: userId, name: dto.name, roles: dto.roles });
    return { token, userId, roles: dto.roles, expiresInSeconds: this.config.JWT_TTL_SECONDS };
  }
}
