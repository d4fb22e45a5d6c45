import { createContext, useContext } from 'react';

export interface CaptureApi {
  /** Open the quick-capture dialog ("Log evidence"). */
  open(): void;
}

export const CaptureContext = createContext<CaptureApi | null>(null);

/** Quick capture, from any page inside the shell. */
export function useCapture(): CaptureApi {
  const value = useContext(CaptureContext);
  if (!value) throw new Error('useCapture outside the shell');
  return value;
}
