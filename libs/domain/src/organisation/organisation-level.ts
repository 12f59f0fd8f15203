import { invalid } from '../shared/domain-error';

/** The levels of the Women's Federation tree; a street and a community sit side by side under a district. */
export const ORGANISATION_LEVELS = ['province', 'city', 'district', 'street', 'community'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

const DEPTH: Record<OrganisationLevel, number> = { province: 0, city: 1, district: 2, street: 3, community: 3 };

/** A child is exactly one level below its parent, so the tree reads the way the federation is organised. */
export function assertChildLevel(parent: OrganisationLevel, child: OrganisationLevel): void {
  if (DEPTH[child] !== DEPTH[parent] + 1) {
    throw invalid(
      'organisation.level-not-below-parent',
      `A ${child} cannot sit directly under a ${parent}: each level sits one below its parent (province → city → district → street or community).`,
      'level',
      { parentLevel: parent, level: child },
    );
  }
}
