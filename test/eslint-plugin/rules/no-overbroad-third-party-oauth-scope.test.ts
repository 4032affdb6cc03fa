import rule from '../../../eslint-plugin/src/rules/no-overbroad-third-party-oauth-scope';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-overbroad-third-party-oauth-scope', rule, {
  valid: [
    // Narrow Google scopes.
    "const url = oauth2Client.generateAuthUrl({ access_type: 'offline', scope: " +
      "['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/gmail.send', 'openid', " +
      "'email'] " +
      '});',
    // Service accounts and ADC: cloud-platform with IAM roles is Google's own guidance.
    "const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });",
    "const auth = new google.auth.GoogleAuth({ keyFile, scopes: ['https://www.googleapis.com/auth/drive'] });",
    "const client = new JWT({ email, key, scopes: ['https://www.googleapis.com/auth/spreadsheets'] });",
    // cloud-platform whose use is not shown.
    "const SCOPES = ['https://www.googleapis.com/auth/cloud-platform'];",
    // Narrow GitHub scopes.
    "const app = new OAuthApp({ clientId, clientSecret, defaultScopes: ['read:user', 'user:email', 'public_repo', " +
      "'read:org'] });",
    'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=read:user%20user:email`);',
    // Names of Object.prototype members are not scopes the tables know (and must not make the rule throw).
    "res.redirect('https://github.com/login/oauth/authorize?client_id=x&scope=constructor%20toString%20__proto__');",
    "const url = oauth2Client.generateAuthUrl({ scope: ['https://www.googleapis.com/auth/constructor', " +
      "'https://www.googleapis.com/auth/hasOwnProperty'] });",
    // GitHub words outside a GitHub context.
    "const config = { scopes: ['repo', 'user'] };",
    "passport.authenticate('azuread-openidconnect', { scope: ['user', 'repo'] });",
    {
      code:
        'const url = ' +
        '`https://gitlab.com/oauth/authorize?client_id=${id}&response_type=code&scope=api%20read_user%20repo`;',
      languageOptions: javascript,
    },
    { code: "module.exports = { scope: 'user repo' };", languageOptions: commonjs },
    "await supabase.auth.signInWithOAuth({ provider: 'gitlab', options: { scopes: 'api read_user repo' } });",
    {
      code: "const url = oauth2Client.generateAuthUrl({ scope: ['https://www.googleapis.com/auth/drive.readonly'] });",
      options: [{ allow: ['https://www.googleapis.com/auth/drive.readonly'] }],
    },
    {
      code: "const app = new OAuthApp({ clientId, clientSecret, defaultScopes: ['repo'] });",
      options: [{ allow: ['repo'] }],
    },
  ],
  invalid: [
    {
      // The typical mistake.
      code: dedent`
        const { google } = require('googleapis');
        const oauth2Client = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
        const url = oauth2Client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive'] });
      `,
      languageOptions: commonjs,
      errors: [
        // 'https://www.googleapis.com/auth/drive'
        {
          messageId: 'overbroadGoogle',
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const { google } = require('googleapis');
              const oauth2Client = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
              const url = oauth2Client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive.file'] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              const { google } = require('googleapis');
              const oauth2Client = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
              const url = oauth2Client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive.appdata'] });
            `,
            },
          ],
        },
      ],
    },
    {
      // Full Gmail access and cloud-platform in a user-consent flow, through a constant.
      code: dedent`
        const SCOPES = ['https://mail.google.com/', 'https://www.googleapis.com/auth/cloud-platform'];
        const url = client.generateAuthUrl({ access_type: "offline", scope: SCOPES });
      `,
      errors: [
        // 'https://mail.google.com/'
        {
          messageId: 'overbroadGoogle',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const SCOPES = ['https://www.googleapis.com/auth/gmail.send', 'https://www.googleapis.com/auth/cloud-platform'];
              const url = client.generateAuthUrl({ access_type: "offline", scope: SCOPES });
            `,
            },
          ],
        },
        // 'https://www.googleapis.com/auth/cloud-platform'
        {
          messageId: 'cloudPlatformConsent',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const SCOPES = ['https://mail.google.com/', 'https://www.googleapis.com/auth/cloud-platform.read-only'];
              const url = client.generateAuthUrl({ access_type: "offline", scope: SCOPES });
            `,
            },
          ],
        },
      ],
    },
    {
      // Domain-wide delegation with Admin SDK and Gmail scopes.
      code: dedent`
        import { JWT } from 'google-auth-library';
        const auth = new JWT({ email, key, subject: 'admin@example.com', scopes: ['https://www.googleapis.com/auth/admin.directory.user', 'https://www.googleapis.com/auth/gmail.readonly'] });
      `,
      errors: [
        // 'https://www.googleapis.com/auth/admin.directory.user'
        { messageId: 'domainWideAdmin', line: 2, column: 75, endLine: 2, endColumn: 129, suggestions: [] },
        // 'https://www.googleapis.com/auth/gmail.readonly'
        {
          messageId: 'overbroadGoogle',
          line: 2,
          column: 131,
          endLine: 2,
          endColumn: 179,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { JWT } from 'google-auth-library';
              const auth = new JWT({ email, key, subject: 'admin@example.com', scopes: ['https://www.googleapis.com/auth/admin.directory.user', 'https://www.googleapis.com/auth/gmail.send'] });
            `,
            },
          ],
        },
      ],
    },
    {
      // Octokit OAuth app.
      code: dedent`
        import { OAuthApp } from '@octokit/oauth-app';
        const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['repo', 'delete_repo', 'read:user'] });
      `,
      languageOptions: javascript,
      errors: [
        // 'repo'
        {
          messageId: 'overbroadGitHub',
          line: 2,
          column: 93,
          endLine: 2,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { OAuthApp } from '@octokit/oauth-app';
              const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['public_repo', 'delete_repo', 'read:user'] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { OAuthApp } from '@octokit/oauth-app';
              const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['repo:status', 'delete_repo', 'read:user'] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { OAuthApp } from '@octokit/oauth-app';
              const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['repo_deployment', 'delete_repo', 'read:user'] });
            `,
            },
          ],
        },
        // 'delete_repo'
        {
          messageId: 'overbroadGitHub',
          line: 2,
          column: 101,
          endLine: 2,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'removeScope',
              output: dedent`
              import { OAuthApp } from '@octokit/oauth-app';
              const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['repo', 'read:user'] });
            `,
            },
          ],
        },
      ],
    },
    {
      // A GitHub authorize URL: space-, %20- and comma-separated words.
      code: 'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=workflow%20user,admin:org&state=${state}`);',
      errors: [
        // workflow
        {
          messageId: 'overbroadGitHub',
          line: 1,
          column: 84,
          endLine: 1,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'removeScope',
              output:
                'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=user,admin:org&state=${state}`);',
            },
          ],
        },
        // user
        {
          messageId: 'overbroadGitHub',
          line: 1,
          column: 95,
          endLine: 1,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=workflow%20read:user,admin:org&state=${state}`);',
            },
            {
              messageId: 'useAlternative',
              output:
                'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=workflow%20user:email,admin:org&state=${state}`);',
            },
          ],
        },
        // admin:org
        {
          messageId: 'overbroadGitHub',
          line: 1,
          column: 100,
          endLine: 1,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'res.redirect(`https://github.com/login/oauth/authorize?client_id=${clientId}&scope=workflow%20user,read:org&state=${state}`);',
            },
          ],
        },
      ],
    },
    {
      // passport strategies.
      code: dedent`
        const GitHubStrategy = require('passport-github2').Strategy;
        passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['user:email', 'write:packages'] }, verify));
        app.get('/auth/github', passport.authenticate('github', { scope: ['admin:repo_hook'] }));
      `,
      languageOptions: commonjs,
      errors: [
        // 'write:packages'
        {
          messageId: 'overbroadGitHub',
          line: 2,
          column: 94,
          endLine: 2,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const GitHubStrategy = require('passport-github2').Strategy;
              passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['user:email', 'read:packages'] }, verify));
              app.get('/auth/github', passport.authenticate('github', { scope: ['admin:repo_hook'] }));
            `,
            },
          ],
        },
        // 'admin:repo_hook'
        {
          messageId: 'overbroadGitHub',
          line: 3,
          column: 67,
          endLine: 3,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const GitHubStrategy = require('passport-github2').Strategy;
              passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['user:email', 'write:packages'] }, verify));
              app.get('/auth/github', passport.authenticate('github', { scope: ['write:repo_hook'] }));
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              const GitHubStrategy = require('passport-github2').Strategy;
              passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['user:email', 'write:packages'] }, verify));
              app.get('/auth/github', passport.authenticate('github', { scope: ['read:repo_hook'] }));
            `,
            },
          ],
        },
      ],
    },
    {
      // next-auth GitHub provider.
      code: dedent`
        import GitHubProvider from 'next-auth/providers/github';
        export const authOptions = { providers: [GitHubProvider({ clientId, clientSecret, authorization: { params: { scope: 'read:user repo' } } })] };
      `,
      errors: [
        // repo
        {
          messageId: 'overbroadGitHub',
          line: 2,
          column: 128,
          endLine: 2,
          endColumn: 132,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import GitHubProvider from 'next-auth/providers/github';
              export const authOptions = { providers: [GitHubProvider({ clientId, clientSecret, authorization: { params: { scope: 'read:user public_repo' } } })] };
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import GitHubProvider from 'next-auth/providers/github';
              export const authOptions = { providers: [GitHubProvider({ clientId, clientSecret, authorization: { params: { scope: 'read:user repo:status' } } })] };
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import GitHubProvider from 'next-auth/providers/github';
              export const authOptions = { providers: [GitHubProvider({ clientId, clientSecret, authorization: { params: { scope: 'read:user repo_deployment' } } })] };
            `,
            },
          ],
        },
      ],
    },
    {
      // The allow option.
      code:
        "const url = oauth2Client.generateAuthUrl({ scope: ['https://www.googleapis.com/auth/drive.readonly', " +
        "'https://www.googleapis.com/auth/gmail.modify'] });",
      options: [{ allow: ['drive.readonly'] }],
      errors: [
        // 'https://www.googleapis.com/auth/gmail.modify'
        {
          messageId: 'overbroadGoogle',
          line: 1,
          column: 102,
          endLine: 1,
          endColumn: 148,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'const url = oauth2Client.generateAuthUrl({ scope: ' +
                "['https://www.googleapis.com/auth/drive.readonly', 'https://www.googleapis.com/auth/gmail.send'] });",
            },
          ],
        },
      ],
    },
    {
      // Supabase names the provider next to the options.
      code:
        "await supabase.auth.signInWithOAuth({ provider: 'github', options: { redirectTo, scopes: 'read:user repo' " +
        '} });',
      errors: [
        // repo
        {
          messageId: 'overbroadGitHub',
          line: 1,
          column: 101,
          endLine: 1,
          endColumn: 105,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                "await supabase.auth.signInWithOAuth({ provider: 'github', options: { redirectTo, scopes: 'read:user " +
                "public_repo' } });",
            },
            {
              messageId: 'useAlternative',
              output:
                "await supabase.auth.signInWithOAuth({ provider: 'github', options: { redirectTo, scopes: 'read:user " +
                "repo:status' } });",
            },
            {
              messageId: 'useAlternative',
              output:
                "await supabase.auth.signInWithOAuth({ provider: 'github', options: { redirectTo, scopes: 'read:user " +
                "repo_deployment' } });",
            },
          ],
        },
      ],
    },
    {
      // Chrome extensions sign the user in with these scopes.
      code:
        'chrome.identity.getAuthToken({ interactive: true, scopes: ' +
        "['https://www.googleapis.com/auth/drive.readonly'] }, onToken);",
      languageOptions: javascript,
      errors: [
        // 'https://www.googleapis.com/auth/drive.readonly'
        {
          messageId: 'overbroadGoogle',
          line: 1,
          column: 60,
          endLine: 1,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'chrome.identity.getAuthToken({ interactive: true, scopes: ' +
                "['https://www.googleapis.com/auth/drive.file'] }, onToken);",
            },
            {
              messageId: 'useAlternative',
              output:
                'chrome.identity.getAuthToken({ interactive: true, scopes: ' +
                "['https://www.googleapis.com/auth/drive.appdata'] }, onToken);",
            },
          ],
        },
      ],
    },
  ],
});
