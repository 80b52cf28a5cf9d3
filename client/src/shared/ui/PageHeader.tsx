import { useTranslation } from 'react-i18next';

/** The page's heading; also sets the document title (React 19 hoists <title> into <head>). */
export function PageHeader({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
    </header>
  );
}
