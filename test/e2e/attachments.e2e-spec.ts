import { randomUUID } from 'node:crypto';
import { eraseProposalAttachments } from '@app/candidacy';
import { ApiClient, campaignBody, candidacyBody, jpegWithExif, pdfWithAuthor, pngWithAuthor, type Stack, startStack } from '@app/testing';

/**
 * Proposal attachments (issue 17) through the real api: the candidate uploads PDF and JPEG files (type by content,
 * size limit 413, wrong type 422, both naming the field and changing nothing), an assigned expert downloads them
 * stripped of the author's name under blind review, the organiser gets the originals, everyone else 403; the
 * files are in the candidate's data download, and the erase hook removes them.
 */
const LIMIT = 64 * 1024;

describe('proposal attachments', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let zhou: ApiClient;
  let lin: ApiClient;
  let campaignId: string;
  let zhouCandidacy: string;
  let linCandidacy: string;
  const pdf = pdfWithAuthor('Zhou Xiaowen');
  const jpeg = jpegWithExif('Zhou Xiaowen');

  const upload = (as: ApiClient, candidacyId: string, body: Buffer, contentType: string, fileName?: string, key = randomUUID()) =>
    fetch(`${stack.baseUrl}/candidacies/${candidacyId}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${as.token}`,
        'content-type': contentType,
        'idempotency-key': key,
        ...(fileName ? { 'x-file-name': encodeURIComponent(fileName) } : {}),
      },
      body,
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));
  const download = async (as: ApiClient, path: string) => {
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${as.token}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const stored = async () => (await stack.pool.query(`SELECT count(*)::int AS n FROM proposal_attachments`)).rows[0].n as number;

  beforeAll(async () => {
    stack = await startStack('attachments', { ATTACHMENT_MAX_BYTES: String(LIMIT) });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-att', '李主任');
    zhou = await ApiClient.login(stack.baseUrl, ['candidate'], 'cand-zhou-att');
    lin = await ApiClient.login(stack.baseUrl, ['candidate'], 'cand-lin-att');
    const created = await organiser.command('POST', '/campaigns', campaignBody({ blindReview: true }));
    campaignId = created.body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    zhouCandidacy = (await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'))).body.result.candidacyId;
    linCandidacy = (await lin.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('林淑芬'))).body.result.candidacyId;
  });

  afterAll(() => stack?.stop());

  it('takes a PDF and a JPEG from the candidate, once per Idempotency-Key', async () => {
    const key = randomUUID();
    const first = await upload(zhou, zhouCandidacy, pdf, 'application/pdf', '周晓雯-项目书.pdf', key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ candidacyId: zhouCandidacy, fileName: '周晓雯-项目书.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length });
    const again = await upload(zhou, zhouCandidacy, pdf, 'application/pdf', '周晓雯-项目书.pdf', key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await upload(zhou, zhouCandidacy, jpeg, 'application/octet-stream', 'C:\\photos\\活动照片.jpg')).body).toMatchObject({
      fileName: '活动照片.jpg',
      mediaType: 'image/jpeg',
    });
    expect(await stored()).toBe(2);
  });

  it('refuses another type (by content, whatever the name says) and an oversized file, naming the field, storing nothing', async () => {
    const word = await upload(zhou, zhouCandidacy, Buffer.from('PK\x03\x04[Content_Types].xml word/document.xml', 'latin1'), 'application/pdf', '项目书.pdf');
    expect(word.status).toBe(422);
    expect(word.body).toMatchObject({ code: 'attachment.unsupported-type', errors: [{ field: 'file', rule: 'type' }] });
    const disguised = await upload(zhou, zhouCandidacy, pngWithAuthor('x'), 'image/jpeg', 'photo.jpg');
    expect(disguised.status).toBe(422);
    expect(disguised.body).toMatchObject({ code: 'attachment.type-mismatch', params: { detected: 'image/png', declared: 'image/jpeg' } });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(LIMIT, 0x20)]);
    const oversized = await upload(zhou, zhouCandidacy, big, 'application/pdf', 'big.pdf');
    expect(oversized.status).toBe(413);
    expect(oversized.body).toMatchObject({ code: 'attachment.too-large', errors: [{ field: 'file', rule: 'max-size' }], params: { limitBytes: LIMIT } });
    expect((await upload(zhou, zhouCandidacy, Buffer.alloc(0), 'application/pdf')).body.code).toBe('attachment.empty');
    const notHers = await upload(lin, zhouCandidacy, pdf, 'application/pdf');
    expect(notHers.status).toBe(403);
    expect(notHers.body.code).toBe('attachment.not-your-candidacy');
    expect(await stored()).toBe(2);
  });

  it('shows the files to an assigned expert without the author’s name, to the organiser as uploaded, and to nobody else', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    const closed = await upload(zhou, zhouCandidacy, pdf, 'application/pdf');
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('attachment.candidacy-closed');
    for (const id of [zhouCandidacy, linCandidacy])
      expect((await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '符合条件' })).status).toBe(200);
    const base = `/campaigns/${campaignId}/evaluation/experts`;
    expect((await organiser.command('POST', base, { expertId: 'expert-wang-att', name: '王教授', candidacyIds: [zhouCandidacy] })).status).toBe(200);
    expect((await organiser.command('POST', base, { expertId: 'expert-li-att', name: '李研究员', candidacyIds: [linCandidacy] })).status).toBe(200);
    const wang = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-wang-att');
    const li = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-li-att');
    const outsider = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-outside-att');

    const listed = await wang.get(`/candidacies/${zhouCandidacy}/attachments`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: any) => [a.fileName, a.mediaType])).toEqual([
      ['attachment-1.pdf', 'application/pdf'],
      ['attachment-2.jpg', 'image/jpeg'],
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('周晓雯');

    const blindPdf = await download(wang, `/candidacies/${zhouCandidacy}/attachments/${listed.body[0].id}`);
    expect(blindPdf.status).toBe(200);
    expect(blindPdf.headers.get('content-type')).toBe('application/pdf');
    expect(blindPdf.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''attachment-1.pdf`);
    expect(blindPdf.bytes.length).toBe(pdf.length);
    expect(blindPdf.bytes.toString('latin1')).not.toContain('Zhou Xiaowen');
    expect(blindPdf.bytes.toString('latin1')).toContain('(Project plan) Tj');
    const blindJpeg = await download(wang, `/candidacies/${zhouCandidacy}/attachments/${listed.body[1].id}`);
    expect(blindJpeg.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(blindJpeg.bytes.toString('latin1')).not.toContain('Zhou Xiaowen');

    const original = await download(organiser, `/candidacies/${zhouCandidacy}/attachments/${listed.body[0].id}?download=1`);
    expect(original.status).toBe(200);
    expect(original.bytes.equals(pdf)).toBe(true);
    expect(original.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('周晓雯-项目书.pdf')}`);

    for (const [who, client, code] of [
      ['an expert assigned to someone else', li, 'attachment.not-a-reader'],
      ['an expert off the panel', outsider, 'panel.not-a-member'],
      ['another candidate', lin, 'attachment.not-a-reader'],
    ] as const) {
      const res = await download(client, `/candidacies/${zhouCandidacy}/attachments/${listed.body[0].id}`);
      expect([who, res.status]).toEqual([who, 403]);
      expect(JSON.parse(res.bytes.toString()).code).toBe(code);
      expect((await client.get(`/candidacies/${zhouCandidacy}/attachments`)).status).toBe(403);
    }
  });

  it('prints the registration form and the expert’s score sheet as HTML and as PDF', async () => {
    const form = await download(zhou, `/candidacies/${zhouCandidacy}/registration-form`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const text of ['<h1>报名表</h1>', '周晓雯', '爱心助力困难家庭', '周晓雯-项目书.pdf', '活动照片.jpg']) expect(form.bytes.toString()).toContain(text);
    expect((await download(organiser, `/candidacies/${zhouCandidacy}/registration-form`)).status).toBe(200);
    expect((await download(lin, `/candidacies/${zhouCandidacy}/registration-form`)).status).toBe(403);
    const formPdf = await download(zhou, `/candidacies/${zhouCandidacy}/registration-form.pdf`);
    expect(formPdf.status).toBe(200);
    expect(formPdf.headers.get('content-type')).toBe('application/pdf');
    expect(formPdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const wang = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-wang-att');
    const sheetPath = `/campaigns/${campaignId}/evaluation/candidacies/${zhouCandidacy}/score-sheet`;
    const sheet = await download(wang, sheetPath);
    expect(sheet.status).toBe(200);
    const html = sheet.bytes.toString();
    for (const text of ['<h1>专家评分表</h1>', '项目 1', '未评分', '专家签名']) expect(html).toContain(text);
    expect(html).not.toContain('周晓雯'); // blind review
    expect((await download(wang, `${sheetPath}.pdf`)).bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const li = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-li-att');
    expect((await download(li, sheetPath)).status).toBe(403);
  });

  it('lists her files in her data download, and the erase hook deletes them', async () => {
    const mine = await zhou.get('/me/data');
    expect(mine.body.attachments.map((a: any) => a.fileName)).toEqual(['周晓雯-项目书.pdf', '活动照片.jpg']);
    const own = await download(zhou, mine.body.attachments[0].downloadPath);
    expect(own.bytes.equals(pdf)).toBe(true);
    expect(await eraseProposalAttachments(stack.pool, 'cand-zhou-att')).toBe(2);
    expect((await organiser.get(`/candidacies/${zhouCandidacy}/attachments`)).body).toEqual([]);
    expect((await zhou.get('/me/data')).body.attachments).toEqual([]);
  });
});
