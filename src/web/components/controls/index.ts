/** The form-control kit: every page picks from these, never from raw elements. */
export { DateInput, type DateInputProps } from './DateInput.js';
export { Select, type SelectOption, type SelectProps } from './Select.js';
