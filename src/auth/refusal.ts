/**
 * Why a request's credentials were refused. The message tells the caller what to fix and never
 * quotes the credential itself; the auth plugin turns it into HTTP 401 with `WWW-Authenticate`.
 */
export class AuthRefusal extends Error {
  override readonly name = 'AuthRefusal';
  constructor(
    message: string,
    /** RFC 6750 §3.1 error code for `WWW-Authenticate`: no credentials at all have none. */
    readonly bearerError?: 'invalid_request' | 'invalid_token',
  ) {
    super(message);
  }
}
