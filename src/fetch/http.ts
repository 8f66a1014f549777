/**
 * One polite HTTP GET: a time limit and a size limit per request, a content-type check,
 * conditional headers, and bounded retries with exponential backoff on 5xx, 429, timeouts and
 * network errors. Each attempt goes through the caller's per-host queue; the backoff wait does
 * not hold a queue slot.
 */

export interface HttpOptions {
  /** Time limit for one attempt, headers and body. */
  readonly timeoutMs: number
  /** Bodies larger than this are refused (the download is aborted past it). */
  readonly maxBytes: number
  /** Retries after the first attempt. */
  readonly retries: number
  /** Wait before the first retry; doubles with each further retry. */
  readonly backoffMs: number
  readonly headers: Readonly<Record<string, string>>
  /** Whether a response's content type (lower-cased, without parameters; '' when absent) is acceptable, given its first bytes. */
  readonly accepts: (contentType: string, head: Uint8Array) => boolean
  /** What an acceptable type is, for the error message. */
  readonly expected: string
  /** Runs one attempt in the per-host queue. */
  readonly schedule: <T>(url: URL, attempt: () => Promise<T>) => Promise<T>
  readonly signal?: AbortSignal
  readonly fetch?: typeof fetch
}

export type HttpResult =
  | { readonly status: 304 }
  | {
      readonly status: 200
      readonly body: Buffer
      readonly url: string
      readonly contentType: string
      readonly etag: string | null
      readonly lastModified: string | null
    }

/** A failed request: `code` is `fetch/<reason>`, e.g. fetch/http-500, fetch/timeout, fetch/too-large. */
export class FetchError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message)
  }
}

export async function httpGet(url: URL, options: HttpOptions): Promise<HttpResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await options.schedule(url, () => attemptGet(url, options))
    } catch (error) {
      const failure = toFetchError(error, options.timeoutMs)
      if (!failure.retryable || attempt >= options.retries || options.signal?.aborted) {
        if (attempt > 0) failure.message += ` (after ${attempt + 1} attempts)`
        throw failure
      }
      await sleep(options.backoffMs * 2 ** attempt, options.signal)
    }
  }
}

async function attemptGet(url: URL, options: HttpOptions): Promise<HttpResult> {
  if (options.signal?.aborted) throw new FetchError('fetch/cancelled', 'cancelled', false)
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  try {
    const response = await (options.fetch ?? fetch)(url, { headers: options.headers, signal, redirect: 'follow' })
    if (response.status === 304) {
      await response.body?.cancel()
      return { status: 304 }
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408
      throw new FetchError(`fetch/http-${response.status}`, `the server answered ${response.status} ${response.statusText}`.trim(), retryable)
    }
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (declared > options.maxBytes) {
      await response.body?.cancel()
      throw tooLarge(options.maxBytes, `declares ${declared} bytes`)
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const body = await readLimited(response, options.maxBytes, (head) => {
      if (!options.accepts(contentType, head)) {
        throw new FetchError('fetch/content-type', `expected ${options.expected}, got ${contentType || 'no content type'}`, false)
      }
    })
    return {
      status: 200,
      body,
      url: response.url || url.href,
      contentType,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    }
  } catch (error) {
    if (error instanceof FetchError) throw error
    if (timeout.aborted) throw new FetchError('fetch/timeout', `no complete answer within ${options.timeoutMs} ms`, true)
    if (options.signal?.aborted) throw new FetchError('fetch/cancelled', 'cancelled', false)
    throw error
  }
}

/** Reads the body, checking its first bytes once and aborting as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, checkHead: (head: Uint8Array) => void): Promise<Buffer> {
  if (!response.body) {
    checkHead(new Uint8Array())
    return Buffer.alloc(0)
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let checked = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!checked) {
        checkHead(value)
        checked = true
      }
      size += value.byteLength
      if (size > maxBytes) throw tooLarge(maxBytes, 'sent more')
      chunks.push(value)
    }
    if (!checked) checkHead(new Uint8Array())
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    throw error
  }
  return Buffer.concat(chunks)
}

function tooLarge(maxBytes: number, detail: string): FetchError {
  return new FetchError('fetch/too-large', `the body is over the ${formatBytes(maxBytes)} limit (the server ${detail})`, false)
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${+(n / 1024).toFixed(1)} KB`
}

function toFetchError(error: unknown, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new FetchError('fetch/timeout', `no complete answer within ${timeoutMs} ms`, true)
  }
  // undici reports network failures as TypeError('fetch failed') with the reason in `cause`.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
  return new FetchError('fetch/network', `the request failed (${reason})`, true)
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
