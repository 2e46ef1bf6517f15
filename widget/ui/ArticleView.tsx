import { useLayoutEffect, useRef } from 'preact/hooks';
import { textDirection } from '../i18n/direction';
import type { Messages } from '../i18n/messages';
import type { OpenArticle } from '../models/article-model';
import { HelpfulVote } from './HelpfulVote';

interface Props {
  t: Messages;
  article: OpenArticle;
  vote: boolean | undefined;
  onBack(): void;
  onVote(helpful: boolean): void;
  onArticleLink(locale: string, slug: string): void;
}

const formatDate = (iso: string, locale: string) => {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
};

/** One article, opened inline. Its HTML was sanitised by the publish step, never visitor text. */
export function ArticleView({ t, article, vote, onBack, onVote, onArticleLink }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { listing, locale, file } = article;
  // In the same task as the view change (an effect waits a frame): a key pressed right after
  // opening must not land on the page, where the previous view's focused element just vanished.
  useLayoutEffect(() => heading.current?.focus(), [listing.slug, locale]);

  // Links between articles open inline instead of leaving the page.
  const onBodyClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[data-article]');
    const target = link?.getAttribute('data-article')?.split('/');
    if (!target || target.length !== 2) return;
    event.preventDefault();
    onArticleLink(target[0]!, target[1]!);
  };

  return (
    <div class="article-view">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <article class="article" lang={locale} dir={textDirection(locale)} aria-labelledby="sw-article-title">
        <h2 id="sw-article-title" tabIndex={-1} ref={heading}>
          {listing.title}
        </h2>
        <p class="meta">{t.updated(formatDate(listing.updated, locale))}</p>
        {file ? (
          <div class="article-body" onClick={onBodyClick} dangerouslySetInnerHTML={{ __html: file.html }} />
        ) : article.failed ? (
          <p class="error" role="alert">{t.articleError}</p>
        ) : (
          <p class="loading" role="status">{t.loading}</p>
        )}
      </article>
      {file && <HelpfulVote key={`${locale}/${listing.slug}`} t={t} initial={vote} onVote={onVote} />}
    </div>
  );
}
