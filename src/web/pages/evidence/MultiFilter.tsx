/** A dropdown of checkboxes that filters by any of several values (dimensions, impact). */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronDown, X } from 'lucide-react';

export function MultiFilter({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { id: string; label: string }[];
  value: string[];
  onChange(value: string[]): void;
}) {
  return (
    // Not modal: a modal menu would inject a <style> element that the CSP blocks.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={`btn filter-button ${value.length ? 'filter-button-on' : ''}`}>
        {/* The name is the visible text, "Dimensions 2 chosen" (WCAG 2.5.3: what you see is what you can say). */}
        {label}
        {value.length > 0 && (
          <>
            {' '}
            <span className="filter-count num">{value.length}</span>
            <span className="visually-hidden"> chosen</span>
          </>
        )}
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label menu-label-small">Show entries with any of</DropdownMenu.Label>
          {options.map((o) => (
            <DropdownMenu.CheckboxItem
              key={o.id}
              className="menu-item menu-check"
              checked={value.includes(o.id)}
              onCheckedChange={(checked) => onChange(checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
              onSelect={(e) => e.preventDefault()}
            >
              <span className="menu-check-box" aria-hidden="true">
                <DropdownMenu.ItemIndicator>
                  <Check size={14} />
                </DropdownMenu.ItemIndicator>
              </span>
              {o.label}
            </DropdownMenu.CheckboxItem>
          ))}
          {value.length > 0 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item className="menu-item" onSelect={() => onChange([])}>
                <X size={14} aria-hidden="true" /> Clear {label.toLowerCase()}
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
