import { ChartLine, Compass, FileText, House, Layers, NotebookText, ScrollText, Settings, SlidersHorizontal, Shield, Target, Users, UsersRound, type LucideIcon } from 'lucide-react';
import type { Person } from '../api/types.js';

/**
 * The navigation, as data. Sections slot in here as they are built, in the order of UX.md
 * (Home, Evidence, Framework, Initiatives, Documents, Mentoring, Packet, People, Admin);
 * a section that is not built yet is simply not listed.
 */
export interface NavItem {
  id: string;
  label: string;
  to: string;
  icon: LucideIcon;
  /** Exact match for the active state (Home). */
  end?: boolean;
  /** Second key of a `g <key>` chord. */
  chord?: string;
  /** Words that help the command palette find it. */
  keywords?: string[];
  visible?: (person: Person) => boolean;
  children?: NavItem[];
}

const isAdmin = (p: Person) => p.role === 'admin';

export const MAIN_NAV: NavItem[] = [
  { id: 'home', label: 'Home', to: '/', icon: House, end: true, chord: 'h', keywords: ['start', 'dashboard'] },
  {
    id: 'evidence',
    label: 'Evidence',
    to: '/evidence',
    icon: NotebookText,
    chord: 'e',
    keywords: ['brag document', 'wins', 'log', 'timeline', 'search', 'achievements'],
  },
  {
    id: 'framework',
    label: 'Framework',
    to: '/framework',
    icon: Compass,
    chord: 'f',
    keywords: ['expectations', 'levels', 'staff', 'assessment', 'rating', 'readiness', 'radar', 'career ladder', 'rubric'],
  },
  {
    id: 'initiatives',
    label: 'Initiatives',
    to: '/initiatives',
    icon: Target,
    chord: 'i',
    keywords: ['staff project', 'scope', 'canvas', 'stakeholders', 'milestones', 'problem', 'plan'],
  },
  {
    id: 'outcomes',
    label: 'Outcomes',
    to: '/outcomes',
    icon: ChartLine,
    chord: 'o',
    keywords: ['metrics', 'measurements', 'business impact', 'baseline', 'target', 'chart', 'csv'],
  },
  {
    id: 'documents',
    label: 'Documents',
    to: '/documents',
    icon: FileText,
    chord: 'd',
    keywords: ['design doc', 'rfc', 'adr', 'decision record', 'migration plan', 'trade-off', 'incident review', 'roadmap', 'review', 'sign-off', 'writing'],
  },
  { id: 'people', label: 'People', to: '/people', icon: Users, chord: 'p', keywords: ['directory', 'colleagues'] },
  {
    id: 'admin',
    label: 'Admin',
    to: '/admin/people',
    icon: Shield,
    chord: 'a',
    visible: isAdmin,
    children: [
      { id: 'admin-people', label: 'People', to: '/admin/people', icon: Users, keywords: ['accounts', 'users'] },
      { id: 'admin-teams', label: 'Teams', to: '/admin/teams', icon: UsersRound, chord: 't', keywords: ['groups'] },
      { id: 'admin-frameworks', label: 'Frameworks', to: '/admin/frameworks', icon: Layers, keywords: ['career ladder', 'levels', 'import', 'export', 'yaml', 'activate'] },
      { id: 'admin-settings', label: 'Organisation', to: '/admin/settings', icon: SlidersHorizontal, keywords: ['organisation', 'stakeholders', 'stale', 'days'] },
      { id: 'admin-audit', label: 'Audit log', to: '/admin/audit', icon: ScrollText, keywords: ['history', 'changes', 'password resets', 'reporting lines', 'security'] },
    ],
  },
];

export const FOOTER_NAV: NavItem[] = [
  {
    id: 'settings',
    label: 'Settings',
    to: '/settings',
    icon: Settings,
    chord: 's',
    keywords: ['profile', 'password', 'tokens', 'sessions'],
  },
];

export function visibleNav(items: NavItem[], person: Person): NavItem[] {
  return items
    .filter((item) => !item.visible || item.visible(person))
    .map((item) => (item.children ? { ...item, children: visibleNav(item.children, person) } : item));
}

/** Every reachable page, flattened, for the command palette and `g` shortcuts. */
export function allPages(person: Person): (NavItem & { parent?: string })[] {
  const out: (NavItem & { parent?: string })[] = [];
  for (const item of visibleNav([...MAIN_NAV, ...FOOTER_NAV], person)) {
    if (item.children?.length) {
      for (const child of item.children) out.push({ ...child, parent: item.label });
    } else {
      out.push(item);
    }
  }
  return out;
}

/** A `g <key>` shortcut to a page. */
export interface ChordTarget {
  key: string;
  label: string;
  to: string;
}

export function chordTargets(person: Person): ChordTarget[] {
  const out: ChordTarget[] = [];
  const walk = (items: NavItem[], prefix: string) => {
    for (const item of items) {
      if (item.chord) out.push({ key: item.chord, label: prefix + item.label, to: item.to });
      if (item.children) walk(item.children, `${item.label} › `);
    }
  };
  walk(visibleNav([...MAIN_NAV, ...FOOTER_NAV], person), '');
  return out;
}
