import { Alert, App, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportLineError, importLineErrors, type IssuedCredential, juryApi } from '../../api/jury';
import { errorMessage } from '../../components/apiErrors';

/** Imports the roster from a CSV file, all or nothing; a refused file is explained line by line. */
export function JurorImport({ campaignId, onIssued }: { campaignId: string; onIssued: (cards: IssuedCredential[]) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [lineErrors, setLineErrors] = useState<ImportLineError[]>([]);
  const [error, setError] = useState<string | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setLineErrors([]);
    setError(null);
    try {
      const { credentials } = await juryApi.importCsv(campaignId, await file.text());
      onIssued(credentials);
      message.success(t('juryAdmin.imported', { n: credentials.length }));
    } catch (err) {
      const lines = importLineErrors(err);
      if (lines.length) setLineErrors(lines);
      else setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
    return false; // read here; never uploaded by the component itself
  };

  return (
    <section aria-labelledby="juror-import-heading" style={{ marginBottom: 16 }}>
      <Typography.Title level={3} id="juror-import-heading" style={{ fontSize: 17 }}>
        {t('juryAdmin.importTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('juryAdmin.importHint')}</Typography.Paragraph>
      <Upload accept=".csv,.txt,text/csv,text/plain" showUploadList={false} beforeUpload={importFile} maxCount={1}>
        <Button loading={busy}>{t('juryAdmin.chooseFile')}</Button>
      </Upload>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {lineErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="juror-import-errors"
          title={t('juryAdmin.importErrors')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {lineErrors.map((e) => (
                <li key={`${e.line}-${e.field}`}>{t('juryAdmin.lineError', { line: e.line, field: e.field, message: e.message })}</li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
}
