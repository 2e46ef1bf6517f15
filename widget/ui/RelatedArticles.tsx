import type { Suggestion } from '../models/search-model';

interface Props {
  title: string;
  /** The heading's id, so the list is named by it. */
  id: string;
  articles: Suggestion[];
  onOpen(suggestion: Suggestion): void;
}

/** A few articles that may answer what the visitor is writing (or wrote): each opens inline. */
export function RelatedArticles({ title, id, articles, onOpen }: Props) {
  if (articles.length === 0) return null;
  return (
    <section class="related-articles" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {articles.map((suggestion) => (
          <li key={`${suggestion.catalog.locale}/${suggestion.article.slug}`}>
            <button type="button" class="related-article" lang={suggestion.catalog.locale} onClick={() => onOpen(suggestion)}>
              <span class="related-title">{suggestion.article.title}</span>
              {suggestion.article.summary && <span class="related-summary">{suggestion.article.summary}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
