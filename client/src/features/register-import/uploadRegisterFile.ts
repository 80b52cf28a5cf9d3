/** What the server reports while it reads the file (a few times a second). */
export interface RegisterImportProgress {
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
  rowsKept: number;
}

export interface RegisterFileScope {
  /** Municipality numbers; empty: any. */
  municipalities: string[];
  /** Industry code prefixes such as 16 or 52.1; empty: any. */
  industryPrefixes: string[];
}

export interface RegisterUploadCallbacks {
  /** Bytes sent of the file (XMLHttpRequest's upload progress). */
  onUpload?: (sent: number, total: number) => void;
  /** The server's own progress lines. */
  onProgress?: (progress: RegisterImportProgress) => void;
}

/** The import was refused or stopped; `message` is the server's, written for people (in Norwegian). */
export class RegisterUploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RegisterUploadError';
  }
}

/** The user cancelled: the server drops the half-read file and changes nothing. */
export class RegisterUploadAborted extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'RegisterUploadAborted';
  }
}

/** The address of the upload route (register-import.routes.ts on the server). */
export function registerImportUrl(file: { name: string }, scope: RegisterFileScope): string {
  const query = new URLSearchParams();
  if (scope.municipalities.length) query.set('municipality', scope.municipalities.join(','));
  if (scope.industryPrefixes.length) query.set('industry', scope.industryPrefixes.join(','));
  query.set('fileName', file.name);
  return `/import/register?${query.toString()}`;
}

/** The text of a refusal: plain text, or `{"error": "…"}` as JSON. */
function refusal(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // plain text
  }
  return body.trim();
}

/**
 * Sends Enhetsregisteret's bulk file to the server as the request body, raw (the server tells CSV,
 * JSON and gzip apart by the content). XMLHttpRequest rather than fetch, because only it reports
 * upload progress; the server reads the body as fast as it imports it, so the bar is honest. The
 * answer is NDJSON: progress lines, then `{"report": …}` or `{"error": "…"}`.
 */
export function uploadRegisterFile(
  file: Blob & { name: string },
  scope: RegisterFileScope,
  callbacks: RegisterUploadCallbacks = {},
): { done: Promise<unknown>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<unknown>((resolve, reject) => {
    let seen = 0;
    let result: { report?: unknown; error?: string } = {};
    // Reads the complete lines that arrived since the last call.
    const readLines = (final: boolean) => {
      const text = xhr.responseText;
      const end = final ? text.length : text.lastIndexOf('\n') + 1;
      if (end <= seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        let message: { progress?: RegisterImportProgress; report?: unknown; error?: string };
        try {
          message = JSON.parse(line) as typeof message;
        } catch {
          continue; // not NDJSON: a refusal, read on load
        }
        if (message.progress) callbacks.onProgress?.(message.progress);
        if ('report' in message || 'error' in message) result = message;
      }
      seen = end;
    };

    xhr.open('POST', registerImportUrl(file, scope));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => callbacks.onUpload?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines(false);
    };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        reject(new RegisterUploadError(refusal(xhr.responseText) || `HTTP ${xhr.status}`, xhr.status));
        return;
      }
      readLines(true);
      if (result.error !== undefined) reject(new RegisterUploadError(result.error, 200));
      else if ('report' in result) resolve(result.report);
      else reject(new RegisterUploadError('', 0));
    };
    xhr.onerror = () => reject(new RegisterUploadError('', 0));
    xhr.onabort = () => reject(new RegisterUploadAborted());
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
