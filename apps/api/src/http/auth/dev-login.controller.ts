import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEVELOPMENT_ROOT_ORGANISATION } from '@app/organisation';
import { invalidRequest } from '../../validation/validation.pipe';
import { Public, RateLimited } from '@app/auth';
import { AppConfig } from '@app/config';
import { ROLES, type Role } from '@app/domain';

export class DevLoginDto {
  @ApiPropertyOptional({ example: 'organiser-1', description: 'Stable id of the person; a new one is made when left out' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'userId must be 1–64 of [A-Za-z0-9._-]' })
  userId?: string;
  @ApiPropertyOptional({ example: '李主任' }) @IsOptional() @IsString() @MaxLength(50) name?: string;
  @ApiPropertyOptional({
    description: 'An organiser: the organisation she organises (made a member on sign-in); without one, the development root organisation',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['organiser'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

@ApiTags('auth')
@Controller('auth')
export class DevLoginController {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('dev-login')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a signed bearer token for any person and roles (off in production)' })
  async login(@Body() dto: DevLoginDto) {
    if (!this.config.AUTH_DEV_LOGIN) throw new ForbiddenException('Development login is switched off (AUTH_DEV_LOGIN=false).');
    const userId = dto.userId ?? randomUUID();
    if (dto.roles.includes('organiser')) await this.joinOrganisation(userId, dto.name ?? userId, dto.organisationId);
    const token = await this.jwt.signAsync({ sub: userId, name: dto.name, roles: dto.roles });
    return { token, userId, roles: dto.roles, expiresInSeconds: this.config.JWT_TTL_SECONDS };
  }

  /**
   * A development organiser organises the organisation she names, or else — unless she organises one already — the
   * development root (made on demand),
   * so that campaigns made in development and by the tests always belong somewhere.
   */
  private async joinOrganisation(personId: string, name: string, organisationId: string | undefined) {
    await this.dataSource.transaction(async (m) => {
      if (organisationId) {
        const known = await m.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
        if (known.length === 0)
          throw invalidRequest([{ field: 'organisationId', rule: 'exists', message: 'organisationId must name an existing organisation' }]);
      } else {
        // Someone already organising an organisation (added by another organiser) stays where she was put.
        const elsewhere = await m.query(`SELECT 1 FROM organisation_members WHERE person_id = $1 AND organisation_id <> $2 LIMIT 1`, [
          personId,
          DEVELOPMENT_ROOT_ORGANISATION.id,
        ]);
        if (elsewhere.length > 0) return;
        const root = DEVELOPMENT_ROOT_ORGANISATION;
        await m.query(`INSERT INTO organisations (id, parent_id, name, level, created_by) VALUES ($1, NULL, $2, $3, 'dev-login') ON CONFLICT DO NOTHING`, [
          root.id,
          root.name,
          root.level,
        ]);
      }
      await m.query(
        `INSERT INTO organisation_members (organisation_id, person_id, name, role, added_by) VALUES ($1, $2, $3, 'organiser', 'dev-login') ON CONFLICT DO NOTHING`,
        [organisationId ?? DEVELOPMENT_ROOT_ORGANISATION.id, personId, name],
      );
    });
  }
}
