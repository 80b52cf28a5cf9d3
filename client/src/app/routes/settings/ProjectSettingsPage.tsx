import { useTranslation } from 'react-i18next';
import { FocusAreaSettings } from '../../../features/project-setup/components/FocusAreaSettings';
import { StageSettings } from '../../../features/project-setup/components/StageSettings';
import { TargetSettings } from '../../../features/project-setup/components/TargetSettings';
import '../../../shared/i18n/prospectTexts';
import '../../../shared/i18n/settingsTexts';

/** Settings → project setup (ADMIN, LEADER): the programme's targets, the focus areas and the stages. */
export default function ProjectSettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-project">
      <h2 id="settings-project">{t('settings.project')}</h2>
      <p>{t('projectSetup.intro')}</p>
      <TargetSettings />
      <FocusAreaSettings />
      <StageSettings />
    </section>
  );
}
