// OctoPrint's action-command prompt: the firmware asks, the person answers with one of its buttons.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { errorWords } from '../../store/problem-text.ts';
import { useActivity, useServices } from '../../store/services.tsx';

export function ActionPrompt() {
  const { commands, activity } = useServices();
  const prompt = useActivity((s) => s.prompt);
  const [state, setState] = useState<{ id: number; status: 'pending' | 'error'; error: unknown } | null>(null);
  const box = useRef<HTMLElement>(null);
  const promptId = prompt?.id;
  useEffect(() => {
    // The printer is waiting for an answer: move focus to the question so keyboard and screen-reader users meet it.
    if (promptId !== undefined) box.current?.focus();
  }, [promptId]);
  if (!prompt) return null;
  const mine = state?.id === prompt.id ? state : null;

  const answer = async (i: number) => {
    setState({ id: prompt.id, status: 'pending', error: null });
    try {
      await commands.answerPrompt(i);
      setState(null);
    } catch (err) {
      // The error is kept and worded when shown, in the language of that moment.
      setState({ id: prompt.id, status: 'error', error: err });
    }
  };

  return (
    <section
      ref={box}
      tabIndex={-1}
      className="action-prompt"
      role="alertdialog"
      aria-labelledby="prompt-title"
      aria-describedby="prompt-text"
    >
      <h2 id="prompt-title">{t('prompt.heading')}</h2>
      <p id="prompt-text">{prompt.text}</p>
      <div className="prompt-choices">
        {prompt.choices.map((c, i) => (
          // Choices are firmware text; OctoPrint's API identifies them by index.
          <button key={`${i}-${c}`} type="button" disabled={mine?.status === 'pending'} onClick={() => void answer(i)}>
            {c}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => activity.setState({ prompt: null })}>
          {t('prompt.close')}
        </button>
      </div>
      {mine?.status === 'error' ? <p role="alert">{t('prompt.failed', { error: errorWords(mine.error) })}</p> : null}
    </section>
  );
}
