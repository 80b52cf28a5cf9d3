import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A text field backed by a URL query parameter, so a view can be shared by its address.
 * Returns the text as typed, its setter, and the value in the URL, which follows the
 * typing after `delayMs` of quiet (replacing the history entry, not adding one per key).
 */
export function useDebouncedSearchParam(name: string, delayMs = 300): [string, (text: string) => void, string] {
  const [searchParams, setSearchParams] = useSearchParams();
  const inUrl = searchParams.get(name) ?? '';
  const [text, setText] = useState(inUrl);
  // The last value this hook put in the URL, to tell our own writes from outside navigation.
  const written = useRef(inUrl);

  // A link or back/forward changed the parameter: show what the URL says.
  useEffect(() => {
    if (inUrl !== written.current) {
      written.current = inUrl;
      setText(inUrl);
    }
  }, [inUrl]);

  useEffect(() => {
    if (text === written.current) return;
    const timer = setTimeout(() => {
      written.current = text;
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (text) next.set(name, text);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, name, delayMs, setSearchParams]);

  return [text, setText, inUrl];
}
