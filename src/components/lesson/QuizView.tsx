import { useId, useState } from 'react';
import type { QuizBlock } from '../../lessons/lesson-blocks';
import { useStore } from '../../store';

export function QuizView({ quiz }: { quiz: QuizBlock }) {
  const saved = useStore((s) => s.lessonsWork[s.lessonId]?.quizzes[quiz.id]);
  const answerQuiz = useStore((s) => s.answerQuiz);
  const [chosen, setChosen] = useState<number[]>(saved?.chosen ?? []);
  const [answered, setAnswered] = useState(saved !== undefined);
  const id = useId();

  const toggle = (i: number) => {
    setAnswered(false);
    setChosen((c) => (quiz.multiple ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i].sort()) : [i]));
  };
  const submit = () => {
    const correct = quiz.options.every((o, i) => o.correct === chosen.includes(i));
    answerQuiz(quiz.id, chosen, correct);
    setAnswered(true);
  };
  const result = answered ? saved : undefined;

  return (
    <form
      className="quiz"
      data-testid="quiz"
      data-quiz-id={quiz.id}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend className="quiz-question">
          <span className="quiz-badge">Quiz</span>
          <span dangerouslySetInnerHTML={{ __html: quiz.questionHtml }} />
        </legend>
        {quiz.multiple && <p className="quiz-note">Select every correct answer.</p>}
        {quiz.options.map((option, i) => (
          <label key={i} className={`quiz-option${result && chosen.includes(i) ? (option.correct ? ' quiz-right' : ' quiz-wrong') : ''}`}>
            <input type={quiz.multiple ? 'checkbox' : 'radio'} name={id} checked={chosen.includes(i)} onChange={() => toggle(i)} />
            <span dangerouslySetInnerHTML={{ __html: option.html }} />
          </label>
        ))}
        <button type="submit" disabled={chosen.length === 0}>
          Check answer
        </button>
      </fieldset>
      {result && (
        <div className={`quiz-feedback ${result.correct ? 'quiz-feedback-right' : 'quiz-feedback-wrong'}`} role="status" data-testid="quiz-feedback">
          <strong>{result.correct ? 'Correct.' : 'Not quite.'}</strong>
          <div className="quiz-explanation" dangerouslySetInnerHTML={{ __html: quiz.explanationHtml }} />
        </div>
      )}
    </form>
  );
}
