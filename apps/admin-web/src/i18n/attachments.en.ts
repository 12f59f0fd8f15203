import type { AttachmentsMessages } from './attachments.zh-CN';

/** Proposal attachments, English: the candidate uploads, the expert reads beside her score sheet. Merged into screens.en.ts under `attachments`. */
const attachmentsEn: AttachmentsMessages = {
  title: 'Attachments',
  none: 'No attachments',
  hint: 'PDF, JPEG or PNG files (the project plan, photos of activities), at most 10 MB each.',
  upload: 'Attach a file',
  uploaded: 'Attached: {{name}}',
  open: 'Open',
  close: 'Close',
  download: 'Download',
  viewerTitle: 'Attachment: {{name}}',
  printForm: 'Print registration form',
  printSheet: 'Print score sheet',
};

export default attachmentsEn;
