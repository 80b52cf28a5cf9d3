import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWritePipeline } from '../../auth/access';
import { useViewer } from '../../auth/hooks/useViewer';
import { describeError } from '../../../shared/apollo/describeError';
import { useSavedViews } from '../hooks/useSavedViews';
import { filterFromJson, sameFilter, type FilterValues } from '../prospectFilter';
import { Disclosure } from './Disclosure';
import { SaveViewForm } from './SaveViewForm';

/**
 * The saved views: apply one, save the current filter as one, pick the default the pipeline
 * opens with, delete one's own. The button names the view the current filter matches.
 */
export function SavedViewsMenu({ filter, onApply }: { filter: FilterValues; onApply: (filter: FilterValues) => void }) {
  const { t } = useTranslation();
  const { role } = useViewer();
  const { views, defaultViewId, error, retry, saving, saveView, deleteView, setDefaultView } = useSavedViews();
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const current = views?.find((view) => sameFilter(filterFromJson(view.filter), filter));

  // Each action reports in one live line under the list: done, or why not.
  const report = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setStatus({ text: done });
      return true;
    } catch (e) {
      setStatus({ text: describeError(e, t), error: true });
      return false;
    }
  };

  return (
    <Disclosure
      className="views-menu"
      label={current ? t('views.current', { name: current.name }) : t('views.title')}
    >
      {(close) => (
        <div className="views-panel">
          <h3>{t('views.title')}</h3>
          {error && (
            <p className="form-error">
              {describeError(error, t)}{' '}
              <button type="button" className="link-button" onClick={retry}>
                {t('error.retry')}
              </button>
            </p>
          )}
          {views && views.length === 0 && <p className="muted">{t('views.none')}</p>}
          {views && views.length > 0 && (
            <ul className="views-list">
              {views.map((view) => {
                const isDefault = view.id === defaultViewId;
                return (
                  <li key={view.id} aria-current={view === current ? 'true' : undefined}>
                    <button
                      type="button"
                      className="link-button view-name"
                      onClick={() => {
                        onApply(filterFromJson(view.filter));
                        close();
                      }}
                    >
                      {view.name}
                    </button>
                    <span className="view-tags">
                      {isDefault && <span className="tag">{t('views.isDefault')}</span>}
                      {view.shared && (
                        <span className="tag">{view.mine ? t('views.shared') : t('views.sharedBy', { name: view.owner.name })}</span>
                      )}
                    </span>
                    <span className="view-actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() =>
                          void report(
                            () => setDefaultView(isDefault ? null : view.id),
                            isDefault ? t('views.defaultCleared') : t('views.defaultSet', { name: view.name }),
                          )
                        }
                        aria-label={isDefault ? t('views.clearDefaultOf', { name: view.name }) : t('views.makeDefaultOf', { name: view.name })}
                      >
                        {isDefault ? t('views.clearDefault') : t('views.makeDefault')}
                      </button>
                      {view.mine && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('views.deleteView', { name: view.name })}
                          onClick={() => {
                            if (!window.confirm(t('views.confirmDelete', { name: view.name }))) return;
                            void report(() => deleteView(view.id, view.version), t('views.deleted', { name: view.name }));
                          }}
                        >
                          {t('views.delete')}
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p role="status" className={status?.error ? 'form-error' : 'form-status'}>
            {status?.text}
          </p>
          <SaveViewForm
            // The board reads the pipeline: it may keep views for itself, not put them in the team's list.
            canShare={canWritePipeline(role)}
            saving={saving}
            onSave={(name, shared) => report(() => saveView(name, filter, shared), t('views.saved', { name: name.trim() }))}
          />
        </div>
      )}
    </Disclosure>
  );
}
