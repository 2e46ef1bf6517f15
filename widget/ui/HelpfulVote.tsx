import { useState } from 'preact/hooks';
import type { Messages } from '../i18n/messages';

interface Props {
  t: Messages;
  initial: boolean | undefined;
  onVote(helpful: boolean): void;
}

/** "Was this article helpful?" with Yes/No; the answer can be changed afterwards. */
export function HelpfulVote({ t, initial, onVote }: Props) {
  const [vote, setVote] = useState(initial);
  const [editing, setEditing] = useState(initial === undefined);
  const choose = (helpful: boolean) => {
    setVote(helpful);
    setEditing(false);
    onVote(helpful);
  };
  if (!editing && vote !== undefined) {
    return (
      <div class="helpful" role="status">
        <span>{vote ? t.helpfulThanks : t.notHelpfulThanks}</span>
        <button type="button" class="link-button" onClick={() => setEditing(true)}>
          {t.changeVote}
        </button>
      </div>
    );
  }
  return (
    <div class="helpful" role="group" aria-label={t.helpfulQuestion}>
      <span aria-hidden="true">{t.helpfulQuestion}</span>
      <button type="button" class="vote" aria-pressed={vote === true} onClick={() => choose(true)}>
        {t.yes}
      </button>
      <button type="button" class="vote" aria-pressed={vote === false} onClick={() => choose(false)}>
        {t.no}
      </button>
    </div>
  );
}
