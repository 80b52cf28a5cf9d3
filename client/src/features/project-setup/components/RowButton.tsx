/** A small button in a table row; `label` names the row too (e.g. "Endre Folkehelse"), for screen readers. */
export function RowButton({
  text,
  label,
  disabled,
  onClick,
}: {
  text: string;
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button-small" disabled={disabled} aria-label={label} onClick={onClick}>
      {text}
    </button>
  );
}
