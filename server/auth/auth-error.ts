// Errors of sign-in, users and permissions, each with a code the GraphQL layer can map (the Hono
// habit): UNAUTHENTICATED (no or bad credentials) and FORBIDDEN (signed in, not allowed).
export const AUTH_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'WEAK_PASSWORD', 'BAD_USERNAME', 'BAD_ROLE', 'USER_EXISTS', 'ADMIN_EXISTS', 'UNKNOWN_USER', 'AUDIT_CONTENDED', 'SETUP_REFUSED', 'USER_DISABLED', 'THROTTLED'] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}
