import { createContext, useContext } from 'react';

export interface CapturePreset {
  /** Dimensions to tag the new entry with (from a readiness gap, say). */
  dimensions?: string[];
}

export interface CaptureApi {
  /** Open the quick-capture dialog ("Log evidence"), optionally with some fields filled in. */
  open(preset?: CapturePreset): void;
}

export const CaptureContext = createContext<CaptureApi | null>(null);

/** Quick capture, from any page inside the shell. */
export function useCapture(): CaptureApi {
  const value = useContext(CaptureContext);
  if (!value) throw new Error('useCapture outside the shell');
  return value;
}
