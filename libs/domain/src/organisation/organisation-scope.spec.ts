import { refusalCode } from '../shared/domain-error.testing';
import { assertChildLevel } from './organisation-level';
import { mayActOnCampaignsOf, mayGrantDescendants, mayManageMembers, type OrganisationTree, organisationsInSight } from './organisation-scope';

/*
 * 湖北省 (province) → 武汉市 (city) → 江岸区, 江汉区 (districts) → 江岸区 一元街道 (street)
 */
const tree: OrganisationTree = new Map([
  ['hubei', { id: 'hubei', parentId: null, level: 'province' as const }],
  ['wuhan', { id: 'wuhan', parentId: 'hubei', level: 'city' as const }],
  ['jiangan', { id: 'jiangan', parentId: 'wuhan', level: 'district' as const }],
  ['jianghan', { id: 'jianghan', parentId: 'wuhan', level: 'district' as const }],
  ['yiyuan', { id: 'yiyuan', parentId: 'jiangan', level: 'street' as const }],
]);

describe('organisation scope over the tree', () => {
  it('an organiser acts on her own organisation and on no sibling', () => {
    const li = [{ organisationId: 'jiangan', includesDescendants: false }];
    expect(mayActOnCampaignsOf(tree, li, 'jiangan')).toBe(true);
    expect(mayActOnCampaignsOf(tree, li, 'jianghan')).toBe(false);
    expect(mayActOnCampaignsOf(tree, li, 'wuhan')).toBe(false);
  });

  it('reaches the organisations below hers only where includesDescendants is granted', () => {
    expect(mayActOnCampaignsOf(tree, [{ organisationId: 'wuhan', includesDescendants: false }], 'yiyuan')).toBe(false);
    const granted = [{ organisationId: 'wuhan', includesDescendants: true }];
    expect(mayActOnCampaignsOf(tree, granted, 'yiyuan')).toBe(true);
    expect(mayActOnCampaignsOf(tree, granted, 'jianghan')).toBe(true);
    expect(mayActOnCampaignsOf(tree, granted, 'hubei')).toBe(false);
  });

  it('an unknown organisation is in nobody’s scope', () => {
    expect(mayActOnCampaignsOf(tree, [{ organisationId: 'hubei', includesDescendants: true }], 'nowhere')).toBe(false);
  });

  it('members are managed by the organisation’s organisers and by those of its parent (who staff what they create)', () => {
    const wang = [{ organisationId: 'jiangan', includesDescendants: false }];
    expect(mayManageMembers(tree, wang, 'jiangan')).toBe(true);
    expect(mayManageMembers(tree, wang, 'yiyuan')).toBe(true);
    expect(mayManageMembers(tree, wang, 'jianghan')).toBe(false);
    expect(mayManageMembers(tree, wang, 'wuhan')).toBe(false);
  });

  it('includesDescendants is granted only from above: by an organiser of the parent, never by the members themselves', () => {
    expect(mayGrantDescendants(tree, [{ organisationId: 'jiangan', includesDescendants: false }], 'jiangan')).toBe(false);
    expect(mayGrantDescendants(tree, [{ organisationId: 'wuhan', includesDescendants: false }], 'jiangan')).toBe(true);
    expect(mayGrantDescendants(tree, [{ organisationId: 'hubei', includesDescendants: true }], 'jiangan')).toBe(true);
    expect(mayGrantDescendants(tree, [{ organisationId: 'hubei', includesDescendants: true }], 'hubei')).toBe(false);
  });

  it('in sight: her organisations, their children, and everything below where she includes descendants', () => {
    expect([...organisationsInSight(tree, [{ organisationId: 'jiangan', includesDescendants: false }])].sort()).toEqual(['jiangan', 'yiyuan']);
    expect([...organisationsInSight(tree, [{ organisationId: 'wuhan', includesDescendants: false }])].sort()).toEqual(['jiangan', 'jianghan', 'wuhan']);
    expect([...organisationsInSight(tree, [{ organisationId: 'wuhan', includesDescendants: true }])].sort()).toEqual([
      'jiangan',
      'jianghan',
      'wuhan',
      'yiyuan',
    ]);
  });

  it('a child sits below its parent’s level: province → city → district → street or community', () => {
    expect(refusalCode(() => assertChildLevel('district', 'street'))).toBeUndefined();
    expect(refusalCode(() => assertChildLevel('district', 'community'))).toBeUndefined();
    expect(refusalCode(() => assertChildLevel('province', 'city'))).toBeUndefined();
    expect(refusalCode(() => assertChildLevel('district', 'city'))).toBe('organisation.level-not-below-parent');
    expect(refusalCode(() => assertChildLevel('street', 'community'))).toBe('organisation.level-not-below-parent');
    expect(refusalCode(() => assertChildLevel('city', 'street'))).toBe('organisation.level-not-below-parent');
  });
});
