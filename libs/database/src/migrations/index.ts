import { Foundation1764100000000 } from './1764100000000-foundation';
import { Evaluation1764200000000 } from './1764200000000-evaluation';
import { Jury1764300000000 } from './1764300000000-jury';
import { Election1764400000000 } from './1764400000000-election';
import { Shortlisting1764500000000 } from './1764500000000-shortlisting';
import { DurableHandover1764600000000 } from './1764600000000-durable-handover';
import { AuditTrail1764700000000 } from './1764700000000-audit-trail';
import { NoticePdfs1764800000000 } from './1764800000000-notice-pdfs';
import { DiscardedDrafts1764810000000 } from './1764810000000-discarded-drafts';
import { JurorVoted1764830000000 } from './1764830000000-juror-voted';
import { Accounts1764900000000 } from './1764900000000-accounts';
import { Organisations1764950000000 } from './1764950000000-organisations';
import { Invitations1765000000000 } from './1765000000000-invitations';
import { PersonIdentities1765100000000 } from './1765100000000-person-identities';
import { CongressBallotBox1765200000000 } from './1765200000000-congress-ballot-box';
import { JuryPseudonyms1765300000000 } from './1765300000000-jury-pseudonyms';
import { PersonalData1765400000000 } from './1765400000000-personal-data';
import { PersonalDataKeys1765500000000 } from './1765500000000-personal-data-keys';
import { JurySignedBallots1765510000000 } from './1765510000000-jury-signed-ballots';
import { Notifications1765550000000 } from './1765550000000-notifications';
import { ProposalAttachments1765550100000 } from './1765550100000-proposal-attachments';
import { CampaignOriginAndDeadlines1765610000000 } from './1765610000000-campaign-origin-and-deadlines';
import { CandidacyNominations1765620000000 } from './1765620000000-candidacy-nominations';
import { JuryIntakeColumns1765710000000 } from './1765710000000-jury-intake-columns';
import { JuryIntakeFastPath1765800000000 } from './1765800000000-jury-intake-fast-path';

/** Every migration, in order; explicit so that a build never misses one. */
export const MIGRATIONS = [
  Foundation1764100000000,
  Evaluation1764200000000,
  Jury1764300000000,
  Election1764400000000,
  Shortlisting1764500000000,
  DurableHandover1764600000000,
  AuditTrail1764700000000,
  NoticePdfs1764800000000,
  DiscardedDrafts1764810000000,
  JurorVoted1764830000000,
  Accounts1764900000000,
  Organisations1764950000000,
  Invitations1765000000000,
  PersonIdentities1765100000000,
  CongressBallotBox1765200000000,
  JuryPseudonyms1765300000000,
  PersonalData1765400000000,
  PersonalDataKeys1765500000000,
  JurySignedBallots1765510000000,
  Notifications1765550000000,
  ProposalAttachments1765550100000,
  CampaignOriginAndDeadlines1765610000000,
  CandidacyNominations1765620000000,
  JuryIntakeColumns1765710000000,
  JuryIntakeFastPath1765800000000,
];
