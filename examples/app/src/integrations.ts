// Third-party integrations: Google Drive/Gmail import and GitHub issue sync.
import { google } from 'googleapis';
import { OAuthApp } from '@octokit/oauth-app';
import passport from 'passport';
import { Strategy as GitHubStrategy } from 'passport-github2';

const oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET, process.env.GOOGLE_REDIRECT_URI);

// Imports one spreadsheet the user picks, yet asks for all of Drive and the whole mailbox.
export const googleConsentUrl = oauth2Client.generateAuthUrl({
  access_type: 'offline',
  scope: ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/gmail.modify'],
});

// Reads issues, yet can push to and delete every repository the user can reach.
export const githubApp = new OAuthApp({
  clientType: 'oauth-app',
  clientId: process.env.GITHUB_CLIENT_ID!,
  clientSecret: process.env.GITHUB_CLIENT_SECRET!,
  defaultScopes: ['repo', 'delete_repo', 'read:user'],
});

passport.use(
  new GitHubStrategy(
    {
      clientID: process.env.GITHUB_CLIENT_ID!,
      clientSecret: process.env.GITHUB_CLIENT_SECRET!,
      callbackURL: `${process.env.PUBLIC_URL}/auth/github/callback`,
      scope: ['user', 'admin:org'],
    },
    (_accessToken: string, _refreshToken: string, profile: unknown, done: (err: unknown, user?: unknown) => void) => done(null, profile),
  ),
);
