// One fact of the job card: its name over its value, a pair in the card's description list.
import type { ReactNode } from 'react';

interface Props {
  label: string;
  testId?: string;
  className?: string;
  children: ReactNode;
}

export function JobFact({ label, testId, className, children }: Props) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId} className={className}>
        {children}
      </dd>
    </div>
  );
}
