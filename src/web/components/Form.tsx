import { TriangleAlert } from 'lucide-react';
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';

/** A form-level error, announced to screen readers. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert">
      <TriangleAlert size={16} aria-hidden="true" />
      <span>{message}</span>
    </div>
  );
}

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** A single input, select or textarea; it receives id and aria attributes. */
  children: ReactElement<ControlProps>;
  className?: string;
}

/** A labelled control with an optional hint and an error shown right beneath it. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const autoId = useId();
  const id = (isValidElement(children) && children.props.id) || autoId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [children.props['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  });
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} id={`${id}-label`} className="field-label">
        {label}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <TriangleAlert size={14} aria-hidden="true" />
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes or radios under one legend. */
export function FieldSet({
  legend,
  hint,
  error,
  children,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`fieldset ${error ? 'field-invalid' : ''} ${className ?? ''}`}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choices">{children}</div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <TriangleAlert size={14} aria-hidden="true" />
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Field errors from a problem+json answer, plus the message for the form as a whole. */
export interface FormProblems {
  form: string | null;
  field(name: string): string | undefined;
}

const DEFAULT_CODE_FIELDS: Record<string, string> = {
  email_taken: 'email',
  manager_cycle: 'managerId',
  invalid_credentials: 'password',
};

/**
 * Split a thrown error into messages per field (by JSON Pointer, or by a code that is about
 * one field such as `manager_cycle`) and a message for the whole form.
 */
export function problemsOf(
  error: unknown,
  fields: readonly string[],
  codeFields: Record<string, string> = DEFAULT_CODE_FIELDS,
): FormProblems {
  if (!error) return { form: null, field: () => undefined };
  if (!(error instanceof ApiError)) {
    return { form: error instanceof Error ? error.message : 'Something went wrong.', field: () => undefined };
  }
  const matches = (pointer: string, f: string) => pointer === `/${f}` || pointer === f || pointer.startsWith(`/${f}/`);
  const mapped = new Map<string, string>();
  for (const f of fields) {
    const message = error.fieldMessage(f);
    if (message) mapped.set(f, message);
  }
  const codeField = codeFields[error.code];
  if (codeField && fields.includes(codeField) && !mapped.has(codeField)) mapped.set(codeField, error.detail);
  const unclaimed = error.errors.filter((e) => !fields.some((f) => matches(e.pointer, f)));
  let form: string | null = null;
  if (mapped.size === 0) form = error.detail;
  else if (unclaimed.length > 0) form = unclaimed.map((e) => e.message).join(' ');
  return { form, field: (name) => mapped.get(name) };
}
