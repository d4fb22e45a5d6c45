/** Problem, or Why it matters: Markdown read in place, edited with Write/Preview and an explicit Save. */
import type { FormEvent } from 'react';
import { MarkdownEditor } from '../../components/EvidenceFields.js';
import { FormError, problemsOf } from '../../components/Form.js';
import { MarkdownView, preloadMarkdown } from '../../components/MarkdownView.js';
import { Section, SectionActions } from './Section.js';
import type { InitiativeState } from './useInitiative.js';
import { useSectionEdit } from './useSectionEdit.js';

export function TextSection({
  field,
  title,
  value,
  state,
  empty,
  placeholder,
}: {
  field: 'problem' | 'why';
  title: string;
  value: string;
  state: InitiativeState;
  /** What belongs here, shown while it is empty. */
  empty: string;
  placeholder: string;
}) {
  const edit = useSectionEdit(state, () => value);
  const problems = problemsOf(edit.error, [field]);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (edit.draft !== null) void edit.commit({ [field]: edit.draft });
  }
  return (
    <Section
      title={title}
      canEdit={state.isOwner}
      editing={edit.editing}
      onEdit={() => {
        preloadMarkdown();
        edit.start();
      }}
    >
      {edit.draft !== null ? (
        <form className="form" onSubmit={submit} noValidate aria-label={title}>
          <FormError message={problems.form} />
          <MarkdownEditor value={edit.draft} onChange={(v) => edit.set(() => v)} label={title} rows={8} placeholder={placeholder} error={problems.field(field)} />
          <SectionActions saving={edit.saving} onCancel={edit.cancel} />
        </form>
      ) : (
        <MarkdownView source={value} empty={state.isOwner ? empty : 'Nothing written yet.'} />
      )}
    </Section>
  );
}
