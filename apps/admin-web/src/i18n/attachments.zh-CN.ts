/** 报名附件（中文）：报名人上传、专家在评分表旁查看。合并进 screens.zh-CN.ts 的 `attachments`。 */
const attachmentsZhCN = {
  title: '附件',
  none: '暂无附件',
  hint: '可上传 PDF、JPEG 或 PNG 文件（如项目书、活动照片），每个文件不超过 10 MB。',
  upload: '上传附件',
  uploaded: '已上传：{{name}}',
  open: '打开',
  close: '关闭',
  download: '下载',
  viewerTitle: '附件：{{name}}',
  printForm: '打印报名表',
  printSheet: '打印评分表',
};

export type AttachmentsMessages = typeof attachmentsZhCN;
export default attachmentsZhCN;
