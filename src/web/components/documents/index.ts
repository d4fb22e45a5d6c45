/** The review side of documents, for the Documents pages to mount. */
export { ReviewPanel, type ReviewPanelProps } from './ReviewPanel.js';
export { CommentsPanel, type CommentsPanelProps } from './CommentsPanel.js';
export { DocumentStakeholders } from './DocumentStakeholders.js';
export { MatrixEditor, type MatrixEditorProps } from './matrix/MatrixEditor.js';
