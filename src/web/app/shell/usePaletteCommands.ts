/** What the command palette offers this person: every page they may open, then the actions. */
import { ClipboardCheck, FileUp, KeyRound, Keyboard, LogOut, MessageSquarePlus, MonitorSmartphone, NotebookPen, Plus, Trash2, UserPen, UserPlus } from 'lucide-react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Person } from '../../api/types.js';
import type { PaletteCommand } from '../commands.js';
import { allPages, type ChordTarget } from '../nav.js';

export function usePaletteCommands({
  person,
  chords,
  onCapture,
  onShortcuts,
  onSignOut,
}: {
  person: Person;
  chords: ChordTarget[];
  onCapture(): void;
  onShortcuts(): void;
  onSignOut(): void;
}): PaletteCommand[] {
  const navigate = useNavigate();
  const isAdmin = person.role === 'admin';
  return useMemo<PaletteCommand[]>(() => {
    const pages: PaletteCommand[] = allPages(person).map((page) => {
      const chord = chords.find((c) => c.to === page.to);
      return {
        id: `page-${page.id}`,
        label: page.parent ? `${page.parent} › ${page.label}` : page.label,
        group: 'Go to',
        icon: page.icon,
        keywords: page.keywords ?? [],
        ...(chord ? { hint: `g ${chord.key}` } : {}),
        run: () => navigate(page.to),
      };
    });
    const actions: PaletteCommand[] = [
      { id: 'log-evidence', label: 'Log evidence', group: 'Actions', icon: NotebookPen, keywords: ['capture', 'brag', 'win', 'new entry', 'add', 'record'], hint: 'c', run: onCapture },
      { id: 'evidence-trash', label: 'Evidence trash', group: 'Actions', icon: Trash2, keywords: ['deleted', 'restore', 'undo'], run: () => navigate('/evidence?deleted=true') },
      { id: 'rate-yourself', label: 'Rate yourself (self-assessment)', group: 'Actions', icon: ClipboardCheck, keywords: ['assess', 'assessment', 'self', 'framework', 'levels'], run: () => navigate('/framework/assess/me?kind=self') },
      { id: 'ask-peer', label: 'Ask a colleague for a peer assessment', group: 'Actions', icon: MessageSquarePlus, keywords: ['peer', 'feedback', 'request', 'review'], run: () => navigate('/framework?ask=peer') },
    ];
    if (isAdmin) {
      actions.push(
        { id: 'new-person', label: 'Add a person', group: 'Actions', icon: UserPlus, keywords: ['create', 'invite', 'account'], run: () => navigate('/admin/people?new=1') },
        { id: 'new-team', label: 'Create a team', group: 'Actions', icon: Plus, keywords: ['new', 'group'], run: () => navigate('/admin/teams?new=1') },
        { id: 'import-framework', label: 'Import a framework', group: 'Actions', icon: FileUp, keywords: ['yaml', 'career ladder', 'levels', 'upload'], run: () => navigate('/admin/frameworks#import') },
      );
    }
    actions.push(
      { id: 'profile', label: 'Edit your profile', group: 'Actions', icon: UserPen, keywords: ['name', 'time zone', 'week', 'audience', 'target level'], run: () => navigate('/settings#profile') },
      { id: 'password', label: 'Change your password', group: 'Actions', icon: KeyRound, keywords: ['security'], run: () => navigate('/settings#password') },
      { id: 'sessions', label: 'Manage your sessions', group: 'Actions', icon: MonitorSmartphone, keywords: ['devices', 'security', 'other sessions'], run: () => navigate('/settings#sessions') },
      { id: 'token', label: 'Create an access token', group: 'Actions', icon: KeyRound, keywords: ['cli', 'api', 'script', 'pat'], run: () => navigate('/settings#tokens') },
      { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Actions', icon: Keyboard, keywords: ['keys', 'help'], hint: '?', run: onShortcuts },
      { id: 'sign-out', label: 'Sign out', group: 'Actions', icon: LogOut, keywords: ['log out', 'logout', 'exit'], run: onSignOut },
    );
    return [...pages, ...actions];
  }, [person, chords, isAdmin, navigate, onCapture, onShortcuts, onSignOut]);
}
