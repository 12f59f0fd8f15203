/** Shared frame of the printable pages (报名表, 评分表): A4 portrait, Chinese serif, a print button hidden in print. */
export const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function printPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  @page { size: A4 portrait; margin: 15mm; }
  body { font-family: "Noto Serif CJK SC", "Songti SC", serif; font-size: 12pt; color: #000; max-width: 180mm; margin: 0 auto; }
  h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; margin: 0 0 4mm; }
  .sub { text-align: center; margin: 0 0 6mm; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 5mm; }
  th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; }
  th { width: 28mm; white-space: nowrap; background: #f2f2f2; }
  td.long { white-space: pre-wrap; min-height: 20mm; }
  .sign { margin-top: 12mm; display: flex; justify-content: space-between; }
  @media print { .no-print { display: none; } }
</style></head>
<body>${body}</body></html>`;
}
