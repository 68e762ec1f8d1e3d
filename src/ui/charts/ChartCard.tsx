import type { ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  /** One line under the title saying what is plotted and in which unit. */
  caption: string;
  /** An optional control beside the caption (which series the chart follows). */
  control?: ReactNode;
  children: ReactNode;
}

/** A titled chart tile; the plot fills a fixed-height box (recharts sizes itself to it). */
export function ChartCard({ title, caption, control, children }: ChartCardProps) {
  return (
    <figure className="chart-card" aria-label={title}>
      <figcaption className="chart-card__caption">
        <span className="chart-card__title">{title}</span>
        <span className="chart-card__unit">{caption}</span>
        {control}
      </figcaption>
      <div className="chart-card__plot">{children}</div>
    </figure>
  );
}
