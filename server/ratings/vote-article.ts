import type { Handler } from 'hono';
import type { ApiDeps } from '../api/deps';
import { VoteArticle, type ArticleVote } from '../contract/ratings';
import type { ApiEnv } from '../http/env';
import { readJson } from '../http/validate-json';

export const VOTE_ARTICLE_PATH = '/articles/votes';

/**
 * `PUT /api/articles/votes`: a visitor says whether an article helped. The widget's visitor id
 * makes it one vote per visitor per article; voting again changes the vote.
 *
 * @example routes.put(VOTE_ARTICLE_PATH, voteArticle(deps));
 */
export function voteArticle({ db, clock }: ApiDeps): Handler<ApiEnv, typeof VOTE_ARTICLE_PATH> {
  return async (c) => {
    const body = await readJson(c, VoteArticle);
    if (!body.ok) return body.response;
    const { locale, slug, visitorId, searchText } = body.value;
    const helpful = body.value.helpful ? 1 : 0;
    const search_text = searchText?.trim() || null;
    const now = clock.now().toISOString();
    const row = await db
      .insertInto('article_votes')
      .values({ site_id: c.var.site.id, locale, slug, visitor_id: visitorId.toLowerCase(), helpful, search_text, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['site_id', 'locale', 'slug', 'visitor_id']).doUpdateSet({ helpful, search_text, updated_at: now }))
      .returningAll()
      .executeTakeFirstOrThrow();
    const vote: ArticleVote = { locale: row.locale, slug: row.slug, helpful: row.helpful === 1, createdAt: row.created_at, updatedAt: row.updated_at };
    return c.json(vote, 200);
  };
}
