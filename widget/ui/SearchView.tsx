import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '../i18n/messages';
import type { SearchModel, Suggestion } from '../models/search-model';
import { SuggestionList } from './SuggestionList';

interface Props {
  t: Messages;
  model: SearchModel;
  canContact: boolean;
  onPick(suggestion: Suggestion): void;
  onContact(): void;
  onEscapeEmpty(): void;
}

const LIST_ID = 'sw-suggestions';

/**
 * The search box as a WAI-ARIA combobox: typing suggests articles at every keystroke, arrow keys
 * move through them, Enter opens one, Escape clears the box (and, when empty, closes the panel).
 */
export function SearchView({ t, model, canContact, onPick, onContact, onEscapeEmpty }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(-1);
  const query = model.query.value;
  const status = model.status.value;
  const { suggestions, isFallback } = model.result.value;
  const shown = query.trim() ? suggestions : model.popular.value;
  const noMatch = status === 'ready' && query.trim() !== '' && suggestions.length === 0;

  // A layout effect, as in ArticleView: no key may fall to the page while the view changes.
  useLayoutEffect(() => input.current?.focus(), []);
  // A layout effect, not an effect: those wait for the next frame, and an arrow key pressed right
  // after typing would move the highlight only to see this reset take it away again.
  useLayoutEffect(() => setActive(-1), [query]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + shown.length + (active < 0 && step < 0 ? 1 : 0)) % shown.length);
    } else if (event.key === 'Enter') {
      const pick = shown[active] ?? (query.trim() ? shown[0] : undefined);
      if (pick) {
        event.preventDefault();
        onPick(pick);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (query) model.query.value = '';
      else onEscapeEmpty();
    }
  };

  return (
    <div class="search-view">
      <div class="search-box">
        <label class="visually-hidden" for="sw-search">
          {t.searchLabel}
        </label>
        <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="M20 20l-4-4" />
        </svg>
        <input
          id="sw-search"
          ref={input}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown.length > 0}
          aria-controls={shown.length > 0 ? LIST_ID : undefined}
          aria-activedescendant={active >= 0 ? `${LIST_ID}-${active}` : undefined}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          placeholder={t.searchPlaceholder}
          value={query}
          onInput={(event) => (model.query.value = (event.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
        {query && (
          <button type="button" class="clear" aria-label={t.clearSearch} onClick={() => ((model.query.value = ''), input.current?.focus())}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        {status === 'ready' && query.trim() ? (noMatch ? t.noMatchTitle(query.trim()) : t.resultCount(suggestions.length)) : ''}
      </div>
      {status === 'loading' && <p class="loading">{t.loading}</p>}
      {status === 'error' && (
        <div class="error" role="alert">
          <p>{t.loadError}</p>
          <button type="button" class="button" onClick={() => void model.load()}>
            {t.retry}
          </button>
        </div>
      )}
      {shown.length > 0 && (
        <>
          <h2 class="list-heading">{query.trim() ? t.results : t.popular}</h2>
          {isFallback && <p class="note">{t.fallbackNote}</p>}
          <SuggestionList
            id={LIST_ID}
            label={query.trim() ? t.results : t.popular}
            suggestions={shown}
            query={query.trim()}
            active={active}
            onPick={onPick}
            onHover={setActive}
          />
        </>
      )}
      {noMatch && (
        <div class="no-match">
          <p class="no-match-title">{t.noMatchTitle(query.trim())}</p>
          <p>{canContact ? t.noMatchHint : t.noMatchHintNoContact}</p>
          {canContact && (
            <button type="button" class="button" onClick={onContact}>
              {t.contact}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
