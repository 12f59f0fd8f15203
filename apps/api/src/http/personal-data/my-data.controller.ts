import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, type AuthUser, CurrentUser } from '@app/auth';
import { ProposalAttachments } from '@app/candidacy';
import { ErasureRequestsRepository, PeopleRepository, PersonalDataReader, personView } from '@app/identity';

/**
 * A person's rights over her own data (PIPL art. 44–47): to get a copy of everything held about her, and to ask
 * for its erasure. Erasure waits for the retention period of her campaigns; the request says from when.
 */
@ApiTags('personal data')
@ApiBearerAuth()
@Controller('me')
export class MyDataController {
  constructor(
    private readonly people: PeopleRepository,
    private readonly reader: PersonalDataReader,
    private readonly erasures: ErasureRequestsRepository,
    private readonly attachments: ProposalAttachments,
  ) {}

  @Get('data')
  @AnyRole()
  @ApiOperation({ summary: 'Everything held about me: account, candidacies with their events, grants, invitations, sessions (dates only)' })
  async data(@CurrentUser() user: AuthUser) {
    const person = user.sessionId ? await this.people.byId(user.id) : undefined;
    const account = person ? { ...personView(person), account: true } : { id: user.id, name: user.name ?? null, roles: user.roles, account: false };
    const [candidacies, grants, organisations, invitations, sessions, erasureRequest, attachments] = await Promise.all([
      this.reader.candidacies(user.id),
      this.reader.grants(user.id),
      this.reader.organisationMemberships(user.id),
      this.reader.invitations(user.id, person?.email ?? null),
      this.reader.sessions(user.id),
      this.erasures.of(user.id),
      this.attachments.ofCandidate(user.id),
    ]);
    // Files are listed with where to download each (GET /candidacies/:id/attachments/:attachmentId), not inlined.
    const files = attachments.map((a) => ({ ...a, downloadPath: `/candidacies/${a.candidacyId}/attachments/${a.id}?download=1` }));
    return { exportedAt: new Date().toISOString(), account, candidacies, grants, organisations, invitations, sessions, erasureRequest, attachments: files };
  }

  /** Idempotent by nature: one request per person, whatever the Idempotency-Key; asking again refreshes the date. */
  @Post('erasure-request')
  @AnyRole()
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask for erasure of my data; answers from when it can be done (null while a campaign is not yet certified)' })
  requestErasure(@CurrentUser() user: AuthUser) {
    return this.erasures.request(user.id, new Date());
  }
}
