import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { onLogMeetingRequest } from '../logMeetingRequest';

const LogMeetingDialog = lazy(() => import('./LogMeetingDialog'));

/**
 * Opens "log meeting" when asked from anywhere (the `m` key). On a company's page that company
 * is filled in (it can be changed); elsewhere the dialog asks for the company first.
 */
export function LogMeetingHost({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const companyRoute = useMatch('/companies/:id');
  const [open, setOpen] = useState<{ companyId?: string }>();
  const [saved, setSaved] = useState(false);
  const companyId = companyRoute?.params.id;

  useEffect(
    () =>
      onLogMeetingRequest(() => {
        setSaved(false);
        setOpen({ companyId: companyId && companyId !== 'new' ? companyId : undefined });
      }),
    [companyId],
  );

  return (
    <>
      <p role="status" className="visually-hidden">
        {/* The dialog's chunk brought its texts, so they are there once a meeting is saved. */}
        {saved ? t('meeting.saved') : ''}
      </p>
      {open && (
        <Suspense fallback={null}>
          <LogMeetingDialog
            initialCompanyId={open.companyId}
            viewerId={viewerId}
            onClose={(done) => {
              setOpen(undefined);
              setSaved(done);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
