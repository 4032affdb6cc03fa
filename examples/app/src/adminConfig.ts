// Settings of the admin portal, kept in one module and imported where they are used.

// Named like any constant: only its use, in adminPortal.ts, shows these are the scopes of a sign-in.
export const ADMIN_PERMISSIONS = ['User.Read', 'Directory.ReadWrite.All'];

export const adminRedirectUri = process.env.ADMIN_REDIRECT_URI ?? 'https://admin.contoso.com/auth/callback';
