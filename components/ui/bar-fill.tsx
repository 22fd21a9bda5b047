/**
 * The filled part of a horizontal bar, `fraction` (0–1) of its container's width. Drawn as SVG, whose
 * width is an attribute: the Content-Security-Policy allows no inline style attributes.
 */
export function BarFill({ fraction, className }: { fraction: number; className: string }) {
  const percent = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0)) * 100;
  return (
    <svg className="block h-full w-full" aria-hidden="true" focusable="false">
      <rect width={`${percent}%`} height="100%" className={className} />
    </svg>
  );
}
