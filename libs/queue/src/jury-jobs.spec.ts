import { ballotBatchIdsOf } from './jury-jobs';

describe('ballotBatchIdsOf', () => {
  const a = '0b6f8a52-4a59-4d3e-9a55-5d1c3f1e2a01';
  const b = '7c1e2d3f-0a1b-4c2d-8e3f-112233445566';

  it.each([
    ['a job of today: every batch it names', { campaignId: 'c', batchIds: [a, b] }, [a, b]],
    ['a job queued before jobs named several batches', { campaignId: 'c', batchId: a }, [a]],
    ['batchIds wins when a job carries both', { campaignId: 'c', batchId: a, batchIds: [b] }, [b]],
    ['what is not a string is dropped (the writer then checks each is a UUID)', { campaignId: 'c', batchIds: [a, 7, null, { x: 1 }] }, [a]],
    ['no batch named', { campaignId: 'c' }, []],
    ['batchIds not a list', { campaignId: 'c', batchIds: a }, []],
    ['no data at all', undefined, []],
  ])('%s', (_name, data, expected) => {
    expect(ballotBatchIdsOf(data as Parameters<typeof ballotBatchIdsOf>[0])).toEqual(expected);
  });
});
