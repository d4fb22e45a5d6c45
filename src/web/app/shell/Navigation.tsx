import { NavLink } from 'react-router';
import type { Person } from '../../api/types.js';
import { FOOTER_NAV, MAIN_NAV, visibleNav, type NavItem } from '../nav.js';

function NavList({ items, label, onNavigate }: { items: NavItem[]; label: string; onNavigate?: () => void }) {
  return (
    <ul className="nav-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          {item.children?.length ? (
            <>
              <span className="nav-group" id={`nav-group-${item.id}`}>
                <item.icon size={16} aria-hidden="true" />
                {item.label}
              </span>
              <ul className="nav-sublist" aria-labelledby={`nav-group-${item.id}`}>
                {item.children.map((child) => (
                  <li key={child.id}>
                    <NavLink to={child.to} end={child.end ?? false} className="nav-link nav-link-child" onClick={onNavigate}>
                      <span>{child.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <NavLink to={item.to} end={item.end ?? false} className="nav-link" onClick={onNavigate}>
              <item.icon size={16} aria-hidden="true" />
              <span>{item.label}</span>
            </NavLink>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The sections and the account links this person may see (in the rail and in the drawer). */
export function Navigation({ person, onNavigate }: { person: Person; onNavigate?: () => void }) {
  return (
    <nav className="nav" aria-label="Main">
      <NavList items={visibleNav(MAIN_NAV, person)} label="Sections" {...(onNavigate ? { onNavigate } : {})} />
      <NavList items={visibleNav(FOOTER_NAV, person)} label="Your account" {...(onNavigate ? { onNavigate } : {})} />
    </nav>
  );
}
