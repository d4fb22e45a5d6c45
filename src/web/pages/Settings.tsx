/**
 * Settings: the person's profile, password, sessions and access tokens. A page that composes
 * the panels in ./settings; when an administrator set the password, only the password panel.
 */
import { useMe } from '../app/session.js';
import { PageHeader } from '../components/bits.js';
import { PasswordSection } from './settings/PasswordSection.js';
import { ProfileSection } from './settings/ProfileSection.js';
import { SessionsSection } from './settings/SessionsSection.js';
import { SettingsNav } from './settings/SettingsNav.js';
import { TokensSection } from './settings/TokensSection.js';

export default function SettingsPage() {
  const me = useMe();
  const forced = me.mustChangePassword;
  return (
    <div className="page">
      <PageHeader title="Settings" description="Your profile, password, sessions and access tokens." />
      {forced ? (
        <div className="settings-single">
          <PasswordSection forced />
        </div>
      ) : (
        <div className="settings">
          <SettingsNav />
          <div className="settings-sections">
            <ProfileSection />
            <PasswordSection forced={false} />
            <SessionsSection />
            <TokensSection />
          </div>
        </div>
      )}
    </div>
  );
}
