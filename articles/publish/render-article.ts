import { markdown } from './markdown';
import { plainText } from './plain-text';
import type { RenderEnv } from './render-rules';
import type { Article, RenderedArticle } from './types';

/**
 * The render stage for one checked article: sanitised HTML for the widget and plain text for
 * the index.
 *
 * @example renderArticle(article).html // '<h3>Before you start</h3>\n<p>…</p>\n'
 */
export function renderArticle(article: Article): RenderedArticle {
  const env: RenderEnv = { locale: article.locale };
  return {
    article,
    html: markdown.renderer.render(article.tokens, markdown.options, env),
    text: plainText(article.tokens),
  };
}
