import { Alert, Button, Space, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { IssuedCredential } from '../../api/jury';
import './jury-cards.css';

/**
 * The cards of the codes just issued (registered, imported or reissued): the api shows a code in that one answer
 * only, so they are printed from here — one card per juror, with her code, a QR code and the link it encodes.
 */
export function JurorCards({ cards }: { cards: IssuedCredential[] }) {
  const { t } = useTranslation();
  if (cards.length === 0) return null;
  const print = () => {
    document.body.classList.add('printing-juror-cards');
    window.print();
    document.body.classList.remove('printing-juror-cards');
  };
  return (
    <section aria-labelledby="juror-cards-heading" style={{ marginBottom: 16 }}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={3} id="juror-cards-heading" style={{ fontSize: 17, margin: 0 }}>
          {t('juryAdmin.cardsTitle')}
        </Typography.Title>
        <Button type="primary" onClick={print}>
          {t('juryAdmin.print')}
        </Button>
      </Space>
      <Alert type="warning" showIcon title={t('juryAdmin.shownOnce')} style={{ marginBottom: 12 }} />
      <div className="juror-cards">
        {cards.map((c) => {
          const link = `${window.location.origin}${c.link}`;
          return (
            <div key={c.jurorId} className="juror-card" data-testid="juror-credential">
              <div style={{ fontWeight: 600, fontSize: 16 }}>
                {c.name}
                {c.reference ? `（${c.reference}）` : ''}
              </div>
              <div>{t('juryAdmin.cardCode')}</div>
              <div className="juror-card-code" data-testid="juror-code">
                {c.code}
              </div>
              <QRCodeSVG value={link} size={132} title={t('juryAdmin.qrFor', { name: c.name })} />
              <div style={{ fontSize: 13, margin: '6px 0 2px' }}>{t('juryAdmin.cardHint')}</div>
              <div className="juror-card-link" data-testid="juror-link">
                {link}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
