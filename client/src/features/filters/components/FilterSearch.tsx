import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDebouncedSearchParam } from '../../../shared/hooks/useDebouncedSearchParam';
import { shortcutTargets } from '../../../shared/ui/shortcutTargets';

/**
 * The free-text part of the filter (name, organisation number, contact names). It stays `?q=`
 * in the address and follows the typing after a short pause.
 */
export function FilterSearch() {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useDebouncedSearchParam('q');
  // The `/` shortcut on a page without a search comes here asking for the focus.
  const focusRequested = (useLocation().state as { focusSearch?: boolean } | null)?.focusSearch === true;
  return (
    <div className="field filter-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        autoFocus={focusRequested}
        data-shortcut={shortcutTargets.search}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('filters.searchHint')}
      </span>
    </div>
  );
}
