import type { LucideIcon } from 'lucide-react';

export interface PaletteCommand {
  id: string;
  label: string;
  group: 'Go to' | 'Actions';
  icon: LucideIcon;
  keywords?: string[];
  /** Keys shown at the right, e.g. `g h`. */
  hint?: string;
  run(): void;
}
