import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  adoptChildFinalists,
  type ChildCampaign,
  foldCampaign,
  foldCandidacies,
  foldResults,
  GENESIS_HASH,
  type OrganisationLevel,
  type OrganisationTree,
  organisationOfCampaign,
  requireCampaign,
} from '@app/domain';
import { asDomainEvents, CommandTransaction, loadHistory } from '@app/database';
import type { EntityManager } from 'typeorm';
import { AdoptChildFinalistsCommand } from './adopt-child-finalists.command';

/** A candidacy id that the same command gives the same finalist every time it is decided (a retried job included). */
function adoptedCandidacyId(commandId: string, childCampaignId: string, childCandidacyId: string): string {
  const h = createHash('sha256').update(`${commandId}/${childCampaignId}/${childCandidacyId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function organisationTree(m: EntityManager): Promise<OrganisationTree> {
  const rows: { id: string; parent_id: string | null; level: OrganisationLevel }[] = await m.query(`SELECT id, parent_id, level FROM organisations`);
  return new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id, level: r.level }]));
}

/** A child campaign as its own log says now: read only (its stream is not locked; nothing is written to it). */
async function readChild(m: EntityManager, campaignId: string): Promise<ChildCampaign> {
  const stored = await loadHistory(m, campaignId);
  const history = asDomainEvents(stored);
  return {
    campaignId,
    campaign: foldCampaign(history),
    organisationId: organisationOfCampaign(history),
    candidacies: foldCandidacies(history),
    results: foldResults(history),
    lastEventHash: stored[stored.length - 1]?.hash ?? GENESIS_HASH,
  };
}

@CommandHandler(AdoptChildFinalistsCommand)
export class AdoptChildFinalistsHandler implements ICommandHandler<AdoptChildFinalistsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: AdoptChildFinalistsCommand) {
    return this.tx.execute(envelope, async (history, { now, manager }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const children: ChildCampaign[] = [];
      for (const id of envelope.payload.childCampaignIds) children.push(await readChild(manager, id));
      const events = adoptChildFinalists(
        { campaign, organisationId: organisationOfCampaign(history), candidacies: foldCandidacies(history), history },
        children,
        await organisationTree(manager),
        { submittedAt: now, candidacyIdFor: (child, candidacyId) => adoptedCandidacyId(envelope.commandId, child, candidacyId) },
      );
      const adopted = events.flatMap((e) => (e.type === 'ChildFinalistsAdopted' ? [e.payload as { childCampaignId: string; candidacies: unknown[] }] : []));
      return { events, result: { adopted: adopted.map((a) => ({ childCampaignId: a.childCampaignId, candidacies: a.candidacies.length })) } };
    });
  }
}
