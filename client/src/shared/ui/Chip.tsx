import { readableTextColor } from './readableTextColor';

/** A small coloured label, e.g. a focus area; the text is black or white, whichever reads better. */
export function Chip({ label, color }: { label: string; color: string }) {
  return (
    <span className="chip" style={{ backgroundColor: color, color: readableTextColor(color) }}>
      {label}
    </span>
  );
}
