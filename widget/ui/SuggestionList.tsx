import { textDirection } from '../i18n/direction';
import type { Suggestion } from '../models/search-model';
import { Highlight } from './Highlight';

interface Props {
  id: string;
  label: string;
  suggestions: Suggestion[];
  query: string;
  active: number;
  onPick(suggestion: Suggestion): void;
  onHover(index: number): void;
}

/** The combobox's listbox: article titles and summaries with the visitor's words highlighted. */
export function SuggestionList({ id, label, suggestions, query, active, onPick, onHover }: Props) {
  return (
    <ul class="suggestions" id={id} role="listbox" aria-label={label}>
      {suggestions.map((suggestion, i) => {
        const { article, catalog } = suggestion;
        return (
          <li
            key={`${catalog.locale}/${article.slug}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'suggestion active' : 'suggestion'}
            lang={catalog.locale}
            dir={textDirection(catalog.locale)}
            onMouseDown={(event) => event.preventDefault() /* keep focus in the search box */}
            onClick={() => onPick(suggestion)}
            onMouseMove={() => i !== active && onHover(i)}
          >
            <span class="suggestion-title">
              <Highlight parts={query ? catalog.search.highlight(article.title, query) : [{ text: article.title, match: false }]} />
            </span>
            <span class="suggestion-summary">
              <Highlight parts={query ? catalog.search.highlight(article.summary, query) : [{ text: article.summary, match: false }]} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
