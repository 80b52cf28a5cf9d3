import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useViewer } from '../hooks/useViewer';

/** What a page says to a role that may not see it (the server refuses its data anyway). */
export default function NoAccess({ nested = false }: { nested?: boolean }) {
  const { t } = useTranslation();
  const { role } = useViewer();
  const text = t('session.noAccessText', { role: t(`roles.${role}`) });
  return nested ? (
    <section aria-labelledby="no-access">
      <h2 id="no-access">{t('session.noAccess')}</h2>
      <p>{text}</p>
    </section>
  ) : (
    <>
      <PageHeader title={t('session.noAccess')} />
      <p>{text}</p>
      <p>
        <Link to="/">{t('app.toStart')}</Link>
      </p>
    </>
  );
}
