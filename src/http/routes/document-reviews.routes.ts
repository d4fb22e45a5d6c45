import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, NoContent } from '../schemas/common.js';
import { CommentParams, CommentRef, NewCommentBody, NewReviewBody, NewReviewerBody, ResolveBody, ReviewerParams, ReviewerSchema, ReviewRef } from '../schemas/documents.js';

/** Reviewers, reviews and section comments of a document (PRODUCT.md §7, §9 "Documents"). */
export const documentReviewsRoutes: RoutePlugin = async (app, { services }) => {
  const { documents, documentReviews } = services;
  const visibleFirst = async (request: { params: unknown }) => {
    await documents.get(actorOf(request as never), (request.params as { id: string }).id);
  };

  app.post(
    '/documents/:id/reviewers',
    {
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Add a reviewer or a required approver (author); they see the document from now until removed',
        description: 'Adding someone who already reviews changes `required` and answers 200.',
        params: IdParams,
        body: NewReviewerBody,
        response: { 200: ReviewerSchema, 201: ReviewerSchema, ...authErrors },
      },
    },
    async (request, reply) => {
      const { reviewer, created } = await documentReviews.addReviewer(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(reviewer);
    },
  );

  app.delete(
    '/documents/:id/reviewers/:personId',
    { schema: { tags: ['documents'], summary: 'Remove a reviewer (author): they no longer see the document', params: ReviewerParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await documentReviews.removeReviewer(actorOf(request), request.params.id, request.params.personId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/documents/:id/reviews',
    { schema: { tags: ['documents'], summary: 'The reviews, oldest first', params: IdParams, response: { 200: Type.Object({ items: Type.Array(ReviewRef) }), ...authErrors } } },
    async (request) => ({ items: await documentReviews.reviews(actorOf(request), request.params.id) }),
  );

  app.post(
    '/documents/:id/reviews',
    {
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Give a verdict (reviewers, while the document is in review)',
        description: 'A reviewer’s standing verdict is their latest approve or request-changes; a comment does not change it. 409 `not_in_review` outside review.',
        params: IdParams,
        body: NewReviewBody,
        response: { 201: ReviewRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await documentReviews.addReview(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/documents/:id/comments',
    { schema: { tags: ['documents'], summary: 'The comments, oldest first (replies name their parent)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(CommentRef) }), ...authErrors } } },
    async (request) => ({ items: await documentReviews.comments(actorOf(request), request.params.id) }),
  );

  app.post(
    '/documents/:id/comments',
    {
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Comment on a section, or reply to a comment (author and reviewers)',
        description: '`section` is the heading the comment is about; a reply takes its parent’s section.',
        params: IdParams,
        body: NewCommentBody,
        response: { 201: CommentRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await documentReviews.addComment(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/documents/:id/comments/:cid/resolve',
    {
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Resolve a comment (or reopen it with `resolved: false`)',
        params: CommentParams,
        body: Type.Optional(ResolveBody),
        response: { 200: CommentRef, ...authErrors },
      },
    },
    async (request, reply) => reply.send(await documentReviews.resolveComment(actorOf(request), request.params.id, request.params.cid, request.body?.resolved ?? true)),
  );
};
