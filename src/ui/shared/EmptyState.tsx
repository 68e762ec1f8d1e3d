interface EmptyStateProps {
  title: string;
  hint: string;
}

/** A calm placeholder for a view that has no data yet; it never shows invented data. */
export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      <p className="empty-state__hint">{hint}</p>
    </div>
  );
}
